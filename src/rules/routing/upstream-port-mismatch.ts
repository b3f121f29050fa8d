/** `routing/upstream-port-mismatch`: a route or `reverse_proxy` targets a port its container does not listen on. */
import { defineRule } from '../types.js';
import { containersByName } from '../../model/query.js';
import { containerUpstreams } from '../lib/upstreams.js';

export const upstreamPortMismatch = defineRule({
  id: 'routing/upstream-port-mismatch',
  severity: 'error',
  description: 'A route or Caddyfile upstream targets a port that container does not listen on.',
  messages: {
    mismatch: { text: 'Unexpected port `{{port}}` for `{{target}}`, expected {{expected}}', hint: '{{hint}}' },
    ports: { text: '`{{target}}` listens on {{expected}} here' },
  },
  check(ctx) {
    const containers = containersByName(ctx.model);
    for (const ref of containerUpstreams(ctx.model)) {
      const c = containers.get(ref.target);
      if (!c || ref.port === undefined || c.ports.length === 0) continue;
      if (c.ports.some((p) => p.container === ref.port)) continue;
      const listening = [...new Set(c.ports.map((p) => p.container))];
      const expected = listening.map((p) => `\`${p}\``).join(' or ');
      const published = c.ports.find((p) => p.host === ref.port);
      const hint = published
        ? `\`${ref.port}\` is the published host port; inside the Docker network use the container port \`${published.container}\``
        : `use \`${ref.target}:${listening[0]}\`, or correct the Port(s) cell of \`${ref.target}\``;
      const data = { port: ref.port, target: ref.target, expected, hint };
      ctx.report({ message: 'mismatch', data, pos: ref.pos, cause: { message: 'ports', data, pos: c.portsPos ?? c.pos } });
    }
  },
});
