import { describe, expect, it } from 'vitest';
import { serviceCatalog } from '../../src/docs-site/catalog.js';
import { architectureSvg } from '../../src/docs-site/diagram.js';
import { generateDocsSite, normalizeBase, siteUrlOf } from '../../src/docs-site/index.js';
import { compareVersionsDesc, siteData } from '../../src/docs-site/sources.js';
import { endpointTools, schemaRows } from '../../src/docs-site/tools.js';
import { extractSpecs } from '../../src/load/index.js';
import { createTemplates } from '../../src/templates.js';

const SPEC = `# Acme - Platform
**Version:** 2.0.0

## Container Inventory

### Production Services

| Container | Image | Port(s) | Purpose | Status |
|---|---|---|---|---|
| \`web\` | \`nginx:1.27\` | 8080→80 | Front <b>end</b> | ✅ Running |
| \`db\` | \`postgres:16\` | 5432 | Database | ✅ Running |
| \`queue\` | \`rabbitmq:3\` | 5672 | Queue | 🟡 Planned |

## Domain Routing

\`\`\`
acme.test → Caddy → web:80
queue.acme.test → Caddy → queue:5672 (planned)
\`\`\`

## Database Schema

### Web <script>Store</script>

- **Host:** \`db:5432\`

## API Endpoints

### Unified API (\`acme.test\`)

**Categories:**
- \`core\`: \`/health\`, \`POST /items/{id}\`
`;

const links = { service: (s: string) => `services/${s}.html`, route: (h: string) => `routing.html#${h}`, store: (t: string) => `platform.html#${t}` };

describe('docs-site generator', () => {
  const { model, issues } = extractSpecs([{ file: 'specs/os.md', text: SPEC }]);
  const services = serviceCatalog(model, undefined);

  it('draws domains → Caddy → containers → stores, planned items dashed, labels escaped', () => {
    const svg = architectureSvg(model, services, links);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Web &lt;script&gt;Store&lt;/script&gt;');
    expect(svg).toMatch(/<a href="services\/queue.html"><rect [^>]*stroke-dasharray="6 4"/);
    expect(svg).toMatch(/<a href="services\/web.html"><rect [^>]*stroke="#1d4ed8" stroke-width="1.5"\/>/);
    // web is named by the store's title, so it gets an edge into the data-store column
    expect((svg.match(/<path /g) ?? []).length).toBe(2 + 2 + 1);
    expect(svg).toBe(architectureSvg(model, services, links));
  });

  it('derives tools from endpoints when no registry is available', () => {
    expect(endpointTools(model).map((t) => [t.name, t.method, t.path])).toEqual([
      ['core_health', '', '/health'],
      ['core_items_by_id', 'POST', '/items/{id}'],
    ]);
  });

  it('flattens input schemas into rows', () => {
    const rows = schemaRows({ type: 'object', required: ['a'], properties: { a: { type: 'string', description: 'x' }, b: { type: 'object', properties: { c: { enum: [1, 2] } } } } });
    expect(rows).toEqual([
      { name: 'a', type: 'string', required: true, description: 'x' },
      { name: 'b', type: 'object', required: false, description: '' },
      { name: 'b.c', type: 'enum: 1 | 2', required: false, description: '' },
    ]);
  });

  it('normalizes bases and sorts releases newest first', () => {
    expect(['/docs/', 'docs', '/docs', '/', '']).toEqual(['/docs/', 'docs', '/docs', '/', ''].map((b) => b));
    expect(['/docs/', 'docs', '/docs', '/', ''].map(normalizeBase)).toEqual(['/docs/', '/docs/', '/docs/', '/', '/']);
    expect(['1.2.0', '1.10.0', '0.9.9', '1.9.1'].sort(compareVersionsDesc)).toEqual(['1.10.0', '1.9.1', '1.2.0', '0.9.9']);
  });

  it('renders a site in memory with sorted, escaped files', () => {
    const templates = createTemplates();
    const data = siteData({ cwd: '/nowhere', model, lock: undefined, issues, sources: {} }, {}, templates);
    const files = generateDocsSite({ current: { id: 'current', label: 'current', data }, releases: [], base: 'docs', templates, assets: [{ path: 'site.css', contents: '' }] });
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain('services/queue.html');
    expect(paths).toContain('assets/site.css');
    const all = files.map((f) => f.contents).join('\n');
    expect(all).not.toMatch(/<b>end<\/b>|<script>Store/);
    expect(files.find((f) => f.path === '404.html')!.contents).toContain('href="/docs/index.html"');
    expect(files.find((f) => f.path === 'index.html')!.contents).not.toContain('details class="versions"');
  });
});

describe('siteUrlOf (the URL sitemap.xml is written with)', () => {
  it('takes --url, then docs.url, then the host and path docs.serve publishes at, else none', () => {
    expect(siteUrlOf('https://a.test/docs', { url: 'https://b.test/' }, '/')).toBe('https://a.test/docs/');
    expect(siteUrlOf(undefined, { url: 'https://b.test/x/' }, '/')).toBe('https://b.test/x/');
    expect(siteUrlOf(undefined, { serve: { host: 'smarterbot.cl' } }, '/docs/')).toBe('https://smarterbot.cl/docs/');
    expect(siteUrlOf(undefined, { serve: { host: 'c.test', path: '/manual/' } }, '/docs/')).toBe('https://c.test/manual/');
    expect(siteUrlOf(undefined, { base: '/docs/' }, '/docs/')).toBeUndefined();
    expect(siteUrlOf(undefined, undefined, '/')).toBeUndefined();
    for (const bad of ['docs.example', '/docs/', 'ftp://a.test/', 'https://a.test/?x=1']) expect(() => siteUrlOf(bad, undefined, '/'), bad).toThrow(/Unexpected site URL/);
  });
});
