/** `inventory/host-port-conflict`: two containers publish the same host port and protocol. */
import type { Container, PortMapping } from '../../model/schema.js';
import { defineRule } from '../types.js';
import { allContainers } from '../../model/query.js';

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
    const seen = new Map<string, { container: Container; port: PortMapping }>();
    for (const c of allContainers(ctx.model)) {
      for (const p of c.ports) {
        const key = `${p.host}/${p.protocol}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { container: c, port: p });
          continue;
        }
        if (first.container === c) continue;
        const data = { port: p.host, protocol: p.protocol, name: c.name, other: first.container.name };
        ctx.report({ message: 'conflict', data, pos: p.pos ?? c.portsPos ?? c.pos, cause: { message: 'first', data, pos: first.port.pos ?? first.container.portsPos } });
      }
    }
  },
});
