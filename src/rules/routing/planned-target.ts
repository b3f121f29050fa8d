/** `routing/planned-target`: a live route points at a planned or pending container. */
import { defineRule } from '../types.js';
import { containersByName } from '../../model/query.js';

export const plannedTarget = defineRule({
  id: 'routing/planned-target',
  severity: 'warning',
  description: 'A live (not planned) route points at a planned/pending service.',
  messages: {
    planned: { text: 'Unexpected live route `{{host}}` to {{status}} container `{{target}}`, expected a running target or a `(planned)` route', hint: 'append `(planned)` to the routing line, or set the container\'s status to Running once it is' },
    status: { text: '`{{target}}` is {{status}} here' },
  },
  check(ctx) {
    const containers = containersByName(ctx.model);
    for (const route of ctx.model.routing?.routes ?? []) {
      if (route.planned || route.external) continue;
      const c = containers.get(route.target);
      if (!c || (c.status !== 'planned' && c.status !== 'pending')) continue;
      const data = { host: route.host, target: c.name, status: c.status };
      ctx.report({ message: 'planned', data, pos: route.targetPos ?? route.pos, cause: { message: 'status', data, pos: c.statusPos ?? c.pos } });
    }
  },
});
