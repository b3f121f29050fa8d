import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToolSchema } from '@modelcontextprotocol/sdk/types.js';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { registry } from '../../generators/registry.js';
import { createTemplates } from '../../src/templates.js';
import { toolCatalog } from '../../generators/tools/catalog.js';
import { registryDocument } from '../../generators/tools/registry-data.js';
import { toolNames } from '../../src/model/tool-names.js';
import { extractSpecs, loadSpecs } from '../../src/load/index.js';

const root = new URL('../..', import.meta.url).pathname;
const schemaFor = (name: string): object => JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')) as object;

function specWith(categories: string, extra = ''): Parameters<typeof toolCatalog>[0] {
  const text = `# Demo - Test\n\n**Version:** 1.0.0\n\n## API Endpoints\n\n### **Unified API** (\`api.example.test\`)\n\n**Version:** 2.0.0\n\n**Categories:**\n${categories}\n${extra}`;
  return extractSpecs([{ file: 'specs/os.md', text }]).model;
}

describe('registry.json of the seed', async () => {
  const { model } = await loadSpecs({ cwd: root });
  const doc = registryDocument(model);
  const endpoints = model.api!.categories.flatMap((c) => c.endpoints);

  it('has one valid MCP Tool per listed endpoint, named by toolNames()', () => {
    expect(doc.tools.map((t) => t.name)).toEqual(endpoints.map((e) => toolNames(e).name));
    expect(doc.tools.map((t) => t._meta.alias)).toContain('odoo.search_read');
    for (const tool of doc.tools) {
      expect(ToolSchema.safeParse(tool).success, tool.name).toBe(true);
      expect(tool.name).toMatch(/^[a-z][a-z0-9_]{0,63}$/);
      expect(tool.outputSchema.type).toBe('object');
      expect(Object.keys(tool.annotations).sort()).toEqual(['destructiveHint', 'idempotentHint', 'openWorldHint', 'readOnlyHint']);
    }
  });

  it('validates against schemas/registry.schema.json and counts the listed endpoints per category', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    const validateRegistry = ajv.compile(schemaFor('registry.schema.json'));
    expect(validateRegistry(doc), JSON.stringify(validateRegistry.errors)).toBe(true);
    expect(doc).toMatchObject({ name: 'Unified API', version: '1.2.0' });
    const expected: Record<string, number> = {};
    for (const c of model.api!.categories) expected[c.name] = c.endpoints.length;
    expect(doc.categories).toEqual(expected);
    expect(Object.keys(doc.categories)).toEqual(Object.keys(doc.categories).sort());
  });

  it('takes methods from the curl example, then the verb table', () => {
    const byName = new Map(toolCatalog(model).map((t) => [t.name, t]));
    expect(byName.get('odoo_search_read')).toMatchObject({ method: 'POST', methodSource: 'curl' });
    expect(byName.get('core_health')).toMatchObject({ method: 'GET', methodSource: 'curl' });
    expect(byName.get('odoo_unlink')).toMatchObject({ method: 'POST', methodSource: 'default', verb: 'delete' });
    expect(byName.get('chatwoot_contacts')).toMatchObject({ method: 'GET', methodSource: 'default', verb: 'read' });
  });

  it('annotates from the verb table: reads stay read-only when POST, unlink is destructive', () => {
    const ann = (name: string) => doc.tools.find((t) => t.name === name)!.annotations;
    expect(ann('odoo_search_read')).toEqual({ readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false });
    expect(ann('odoo_unlink')).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(ann('odoo_create')).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: false });
    expect(ann('odoo_call')).toMatchObject({ readOnlyHint: false, openWorldHint: true });
    expect(ann('supabase_query').readOnlyHint).toBe(true);
  });

  it("accepts the seed's usage example with search_read's input schema, and rejects a broken one", () => {
    const example = model.mcp!.usage!.examples[0]!;
    const tool = doc.tools.find((t) => t._meta.alias === example.tool)!;
    const check = new Ajv({ strict: false }).compile(tool.inputSchema);
    expect(check(example.args), JSON.stringify(check.errors)).toBe(true);
    expect(check({ ...example.args, limit: -1 })).toBe(false);
    expect(check({ domain: [] })).toBe(false);
    expect(check({ model: 'res.partner', colour: 'red' })).toBe(false);
    expect(Object.keys(tool.inputSchema.properties as object)).toEqual(['model', 'domain', 'fields', 'limit', 'offset', 'order']);
  });

  it('is byte-identical on every run, through the generator', () => {
    const templates = createTemplates();
    const a = registry.generate({ model, config: {}, templates });
    const b = registry.generate({ model: structuredClone(model), config: {}, templates });
    expect(a).toEqual(b);
    expect(a.map((f) => f.path)).toEqual(['registry.json']);
    expect(JSON.parse(a[0]!.contents)).toEqual(doc);
    expect(a[0]!.contents.endsWith('}\n')).toBe(true);
  });
});

describe('tool catalogue edge cases', () => {
  it('never fails on a name collision: the later tool is numbered (api/tool-name-collision reports it)', () => {
    const model = specWith('- `odoo`: `/odoo/search-read`, `/odoo/search_read`');
    expect(toolCatalog(model).map((t) => [t.name, t.path])).toEqual([
      ['odoo_search_read', '/odoo/search-read'],
      ['odoo_search_read_2', '/odoo/search_read'],
    ]);
  });

  it('names the methods of one path apart (GET /orders and POST /orders are two endpoints)', () => {
    const model = specWith('- `shop`: `GET /orders`, `POST /orders`, `GET /orders/{id}`, `DELETE /orders/{id}`');
    expect(toolCatalog(model).map((t) => `${t.name} ${t.method}`)).toEqual([
      'shop_orders_list GET',
      'shop_orders_create POST',
      'shop_orders_by_id_get GET',
      'shop_orders_by_id_delete DELETE',
    ]);
  });

  it('reads a category that starts with a digit (its tools take the `t_` prefix) instead of dropping it', () => {
    const model = specWith('- `3pl`: `GET /3pl/shipments`, `POST /3pl/shipments/create`');
    expect(toolCatalog(model).map((t) => `${t.name} ${t.method}`)).toEqual(['t_3pl_shipments GET', 't_3pl_shipments_create POST']);
  });

  it('annotates a category root by its method: POST /items creates, GET /items reads (was read-only for both)', () => {
    const model = specWith('- `items`: `GET /items`, `POST /items`\n- `orders`: `POST /orders`');
    const hints = Object.fromEntries(toolCatalog(model).map((t) => [`${t.method} ${t.path}`, t.annotations.readOnlyHint]));
    expect(hints).toEqual({ 'GET /items': true, 'POST /items': false, 'POST /orders': false });
  });

  it('shortens a name longer than 64 characters with a stable hash (api/tool-name-invalid reports it)', () => {
    const model = specWith(`- \`core\`: \`/${'x'.repeat(70)}\``);
    const [tool] = toolCatalog(model);
    expect(tool!.name).toMatch(/^core_x{52}_[0-9a-f]{6}$/);
    expect(toolCatalog(specWith(`- \`core\`: \`/${'x'.repeat(70)}\``))[0]!.name).toBe(tool!.name);
  });

  it('uses an explicit method prefix, path parameters and the default input schema', () => {
    const model = specWith('- `items`: `PUT /items/{id}`, `/items`, `DELETE /items/{id}/tags`');
    const [put, list, del] = toolCatalog(model);
    expect(put).toMatchObject({ name: 'items_by_id', method: 'PUT', methodSource: 'spec', verb: 'update' });
    expect(put!.zod.schema.safeParse({ id: '7', name: 'x' }).success).toBe(true);
    expect(put!.zod.schema.safeParse({ name: 'x' }).success).toBe(false);
    expect(list).toMatchObject({ method: 'GET', methodSource: 'default', verb: 'read' });
    expect(list!.zod.schema.safeParse({ q: 'a', page: 2 }).success).toBe(true);
    expect(list!.zod.schema.safeParse({ q: { nested: true } }).success).toBe(false);
    expect(del).toMatchObject({ method: 'DELETE', verb: 'delete', annotations: { destructiveHint: true } });
  });

  it('reads -d without -X as POST in curl examples', () => {
    const model = specWith('- `core`: `/contact`', '\n## Maintenance Commands\n\n### **API**\n\n```bash\n# Send\ncurl https://api.example.test/contact -d \'{"a": 1}\'\n```\n');
    expect(toolCatalog(model)[0]).toMatchObject({ method: 'POST', methodSource: 'curl', verb: 'create' });
  });
});

describe('schemas/tools', () => {
  const dir = join(root, 'schemas', 'tools');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('ships the five Odoo schemas, valid draft-07, every property described', () => {
    expect(files.sort()).toEqual(['odoo_call.json', 'odoo_create.json', 'odoo_search_read.json', 'odoo_unlink.json', 'odoo_write.json']);
    const ajv = new Ajv({ strict: true, allowMatchingProperties: true });
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { properties: Record<string, { description?: string }> };
      expect(ajv.validateSchema(schema), `${file}: ${JSON.stringify(ajv.errors)}`).toBe(true);
      for (const [key, prop] of Object.entries(schema.properties)) expect(prop.description, `${file} ${key}`).toBeTruthy();
    }
  });
});
