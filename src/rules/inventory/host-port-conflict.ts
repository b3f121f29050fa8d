/** `inventory/host-port-conflict`: two containers publish the same host port and protocol. */
import { defineRule } from '../types.js';
import { allContainers } from '../../model/query.js';
import { repeats } from '../lib/model.js';

export const hostPortConflict = defineRule({
  id: 'inventory/host-port-conflict',
  severity: 'error',
  description: 'Two containers publish the same host port/protocol.',
  messages: {
    conflict: {
      text: 'Unexpected host port `{{port}}/{{protocol}}` on `{{name}}`, expected a port no other container publishes (`{{other}}` does)',
      hint: 'publish one of them on another host port, or do not publish it',
    },
    first: { text: '`{{other}}` publishes {{port}}/{{protocol}} here' },
  },
  check(ctx) {
    const published = allContainers(ctx.model).flatMap((container) => container.ports.map((port) => ({ container, port })));
    for (const { first, again } of repeats(published, ({ port }) => `${port.host}/${port.protocol}`)) {
      // One container publishing a port twice is one mapping written twice, not a conflict.
      if (first.container === again.container) continue;
      const { container: c, port: p } = again;
      const data = { port: p.host, protocol: p.protocol, name: c.name, other: first.container.name };
      ctx.report({ message: 'conflict', data, pos: p.pos ?? c.portsPos ?? c.pos, cause: { message: 'first', data, pos: first.port.pos ?? first.container.portsPos } });
    }
  },
});
