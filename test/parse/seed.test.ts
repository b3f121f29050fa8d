import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/load/index.js';

const root = new URL('../..', import.meta.url).pathname;

describe('the seed spec', async () => {
  const { model, lock, issues } = await loadSpecs({ cwd: root });
  const containers = model.inventory!.tiers.flatMap((t) => t.containers);

  it('reads without a single unparsed line', () => {
    expect(issues).toEqual([]);
  });

  it('models the inventory: 9 containers in 2 tiers', () => {
    expect(model.inventory!.tiers.map((t) => [t.id, t.containers.length])).toEqual([
      ['production', 8],
      ['lab', 1],
    ]);
    expect(containers.map((c) => c.name)).toEqual(['smartapi', 'postgres', 'redis', 'odoo', 'caddy', 'n8n', 'chatwoot', 'vault', 'smarterbolt-lab']);
    const api = containers[0]!;
    expect(api.image).toMatchObject({ name: 'api.smarterbot.cl', tag: 'latest', pos: { line: 25, column: 16, endColumn: 42 } });
    expect(api.ports).toMatchObject([{ host: 8001, container: 8000, protocol: 'tcp', pos: { line: 25, column: 45, endColumn: 54 } }]);
    expect(containers.find((c) => c.name === 'caddy')!.ports.map((p) => p.host)).toEqual([80, 443]);
    expect(containers.at(-1)!.image.custom).toBe('Python 3.12');
    expect(containers.at(-1)!.ports).toEqual([]);
    expect(containers.map((c) => c.status)).toEqual(['running', 'running', 'running', 'running', 'running', 'running', 'planned', 'planned', 'pending']);
  });

  it('models routing: 6 routes of which 2 planned, 3 Caddyfile sites', () => {
    const routes = model.routing!.routes;
    expect(routes).toHaveLength(6);
    expect(routes.filter((r) => r.planned).map((r) => r.host)).toEqual(['chatwoot.smarterbot.cl', 'vault.smarterbot.cl']);
    expect(routes[0]).toMatchObject({ host: 'smarterbot.cl', target: 'app.smarterbot.cl', external: true, note: 'Next.js' });
    expect(routes[1]).toMatchObject({ host: 'api.smarterbot.cl', target: 'smartapi', port: 8000, targetPos: { line: 48, column: 35, endColumn: 48 } });
    expect(model.routing!.caddyfile!.path).toBe('/etc/caddy/Caddyfile');
    expect(model.routing!.caddyfile!.sites.map((s) => [s.addresses[0], s.upstreams[0]!.raw])).toEqual([
      ['api.smarterbot.cl', 'smartapi:8000'],
      ['odoo.smarterbot.cl', 'odoo:8069'],
      ['n8n.smarterbot.cl', 'n8n:5678'],
    ]);
    expect(model.routing!.caddyfile!.sites[1]!.upstreams[0]!.pos).toMatchObject({ line: 65, column: 19, endColumn: 28 });
  });

  it('models the API: 20 endpoints in 5 categories and the 28-tool claim', () => {
    const api = model.api!;
    expect(api.host).toBe('api.smarterbot.cl');
    expect(api.version).toBe('1.2.0');
    expect(api.categories.map((c) => [c.name, c.endpoints.length])).toEqual([
      ['core', 5],
      ['odoo', 5],
      ['supabase', 4],
      ['n8n', 3],
      ['chatwoot', 3],
    ]);
    expect(api.claim).toMatchObject({ tools: 28, categories: 5 });
    expect(api.registry).toMatchObject({ method: 'GET', path: '/registry.json' });
    expect(api.categories[1]!.endpoints[0]!.pos).toMatchObject({ line: 147, column: 11 });
  });

  it('models secrets: 15 keys in 6 groups, no literal values, and the vault', () => {
    const s = model.secrets!;
    expect(s.envFile).toBe('.env.production');
    expect(s.keys).toHaveLength(15);
    expect(s.groups.map((g) => g.name)).toEqual(['Supabase', 'Odoo', 'n8n', 'Chatwoot', 'Email (Resend)', 'MCP']);
    expect(s.keys.filter((k) => k.literal)).toEqual([]);
    expect(s.keys.find((k) => k.key === 'RESEND_API_KEY')).toMatchObject({ value: 're_***', placeholder: true, sensitive: true });
    expect(s.vault!.fields.map((f) => f.key)).toEqual(['Path', 'KV version', 'Access']);
  });

  it('models the remaining sections', () => {
    expect(model.header).toMatchObject({ name: 'SmarterOS', title: 'Operating System Snapshot', version: '1.2.0', date: '2025-11-23' });
    expect(model.footer).toMatchObject({ lastUpdated: '2025-11-23', maintainedBy: 'SmarterOS Team', license: 'Proprietary' });
    expect(model.overview!.stack.map((s) => s.name)).toEqual(['Docker', 'Dokploy', 'Caddy', 'Supabase', 'MCP (Model Context Protocol)']);
    expect(model.monitoring!.healthUrls.map((h) => h.url)).toEqual([
      'https://api.smarterbot.cl/health',
      'https://n8n.smarterbot.cl/health',
      'https://odoo.smarterbot.cl/web/health',
    ]);
    expect(model.monitoring!.expectedHealth!.json).toEqual({ status: 'healthy', supabase: 'configured', resend: 'configured', chatwoot: 'configured', n8n: 'configured' });
    expect(model.monitoring!.observability!.items.map((i) => i.name)).toEqual(['Grafana', 'Prometheus', 'Loki', 'Jaeger']);
    expect(model.mcp!.mount).toMatchObject({ endpoint: '/mcp', registry: '/registry.json' });
    expect(model.mcp!.toolCategories!.counts.map((c) => [c.category, c.count])).toEqual([
      ['odoo', 5],
      ['supabase', 5],
      ['n8n', 6],
      ['chatwoot', 7],
      ['core', 5],
    ]);
    expect(model.mcp!.usage!.examples).toMatchObject([{ tool: 'odoo.search_read', args: { model: 'res.partner', limit: 10 } }]);
    expect(model.changelog.map((c) => [c.version, c.date, c.items.length])).toEqual([
      ['1.2.0', '2025-11-23', 4],
      ['1.1.0', '2025-11-20', 3],
      ['1.0.0', '2025-11-15', 3],
    ]);
    expect(model.pending).toHaveLength(8);
    expect(model.pending[0]).toMatchObject({ title: 'Bolt Lab Container', description: 'Doc generator service' });
    expect(model.regions!.domains.map((d) => d.domain)).toEqual(['smarterbot.com.ar', 'smarterbot.com.pe']);
    expect(model.requirements.map((r) => [r.id, r.items.length])).toEqual([
      ['minimum', 6],
      ['recommended', 4],
    ]);
    expect(model.support.map((s) => s.key)).toEqual(['Documentation', 'API Reference', 'MCP Registry', 'Email', 'Status Page']);
    expect(model.databases.map((d) => [d.title, d.tables.length])).toEqual([
      ['PostgreSQL (Odoo)', 0],
      ['Supabase (Production)', 5],
      ['Redis (Cache)', 0],
    ]);
    expect(model.databases[1]!.tables.filter((t) => t.planned)).toHaveLength(4);
    expect(model.deployment.map((g) => g.title)).toEqual(['Current Manual Process', 'Planned Automated Process']);
    expect(model.backup.map((g) => g.title)).toEqual(['What Gets Backed Up', 'Restore Process']);
    expect(model.maintenance.map((g) => g.title)).toEqual(['Docker Operations', 'Database Operations', 'API Operations']);
    expect(model.directories[0]!.title).toBe('VPS Layout');
    expect(model.sections.map((s) => s.id)).toEqual(['overview', 'inventory', 'routing', 'directory', 'database', 'api', 'secrets', 'deployment', 'backup', 'monitoring', 'mcp', 'maintenance', 'requirements', 'regions', 'changelog', 'pending', 'support']);
  });

  it('loads versions.lock with positions', () => {
    expect(lock!.images.map((i) => i.service)).toEqual(['smartapi', 'postgres', 'redis', 'odoo', 'caddy', 'n8n', 'chatwoot', 'vault']);
    expect(lock!.images[1]).toMatchObject({ image: 'postgres', tag: '15', pos: { file: 'specs/versions.lock', line: 8, column: 3 } });
  });
});
