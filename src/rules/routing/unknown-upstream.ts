/** `routing/unknown-upstream`: a route or Caddyfile `reverse_proxy` targets a container not in the inventory. */
import { defineRule } from '../types.js';
import { containersByName } from '../../model/query.js';
import { closest } from '../../model/suggest.js';
import { containerUpstreams } from '../lib/upstreams.js';

export const unknownUpstream = defineRule({
  id: 'routing/unknown-upstream',
  severity: 'error',
  description: 'A route or Caddyfile `reverse_proxy` targets a container name not in the inventory.',
  messages: {
    route: { text: 'Unexpected upstream `{{target}}` for `{{site}}`, expected a container of the inventory', hint: '{{hint}}' },
    caddyfile: { text: 'Unexpected `reverse_proxy` upstream `{{target}}` in site `{{site}}`, expected a container of the inventory', hint: '{{hint}}' },
  },
  check(ctx) {
    const containers = containersByName(ctx.model);
    const squash = (n: string): string => n.replace(/[-_.]/g, '').toLowerCase();
    // The first container name of each squashed spelling, for the "did you mean" hint.
    const closeNames = new Map<string, string>();
    for (const n of containers.keys()) if (!closeNames.has(squash(n))) closeNames.set(squash(n), n);
    for (const ref of containerUpstreams(ctx.model)) {
      if (containers.has(ref.target)) continue;
      const close = closeNames.get(squash(ref.target)) ?? closest(ref.target, containers.keys());
      const hint = close ? `did you mean \`${close}\`?` : 'use a container name from the Container Inventory, or add the container';
      ctx.report({ message: ref.source, data: { target: ref.target, site: ref.site, hint }, pos: ref.pos });
    }
  },
});
