/** `inventory/host-port-conflict`: two containers publish the same host port and protocol. */
import type { Container, PortMapping } from '../../model/schema.js';
import { defineRule } from '../types.js';
import { allContainers } from '../../model/query.js';

export const hostPortConflict = defineRule({
  id: 'inventory/host-port-conflict',
  severity: 'error',
  description: 'Two containers publish the same host port/protocol.',
  docs: {
    catches:
      'Two published ports (`H→C`, `H:C` or a bare `P`) with the same host port and protocol, in any tiers: they cannot both bind on one host. ' +
      'Planned services count, since they are deployed on the same host later. The same port over `tcp` and `udp` is not a conflict.',
    example: '| `api` | `api:1.0` | 8001→8000 | API | ✅ Running |\n| `admin` | `admin:2.1` | 8001→3000 | Admin | ✅ Running |',
    fix: 'Publish one of them on another host port (`8002→3000`), or drop the publication if only Caddy needs to reach it.',
  },
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
