import { describe, expect, it } from 'vitest';
import { renderRouting } from '../../generators/os-md/render-infra.js';
import { extractSpecs } from '../../src/load/index.js';

const SPEC = [
  '## Container Inventory',
  '',
  '| Container | Image | Port(s) |',
  '|---|---|---|',
  '| `api` | `nginx:1.27` | 8000 |',
  '',
  '## Domain Routing',
  '',
  '### Production',
  '',
  '```',
  '# the public API',
  'api.example.com → Caddy → api:8000   # the container is `api`',
  'docs.example.com -> api:8000 (see #12) (planned)',
  'www.example.com → Caddy → api:8000 (legacy)#not-a-comment',
  '```',
  '',
].join('\n');

describe('comments in routing blocks', () => {
  const { model, issues } = extractSpecs([{ file: 'specs/os.md', text: SPEC }]);

  it('reads a route with a trailing `# comment` (as rules.md writes one) and keeps the comment, never a `#` inside notes', () => {
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/^Unexpected routing line/)]);
    expect(model.routing!.routes.map((r) => [r.host, r.target, r.port, r.note ?? '', r.planned])).toEqual([
      ['api.example.com', 'api', 8000, '', false],
      ['docs.example.com', 'api', 8000, 'see #12', true],
    ]);
    expect(model.routing!.groups[0]!.comments?.map((c) => [c.text, c.before, c.pos?.line, c.pos?.column])).toEqual([
      ['the public API', 0, 12, 1],
      ['the container is `api`', 0, 13, 38],
    ]);
  });

  it('writes the trailing comment back to os.md as a comment line above its route', () => {
    expect(renderRouting(model)).toMatch(/# the public API\n# the container is `api`\napi\.example\.com +→ Caddy → api:8000\n/);
  });
});
