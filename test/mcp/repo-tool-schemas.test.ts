/** A spec repository's own `schemas/tools/<name>.json` overrides the packaged default for that tool. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline/build.js';
import { loadConfig } from '../../src/config.js';
import { loadSpecs } from '../../src/load/index.js';

const root = new URL('../..', import.meta.url).pathname;

function repo(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bolt-toolschemas-'));
  cpSync(join(root, 'specs'), join(dir, 'specs'), { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, 'bolt.config.yaml'), config);
  return dir;
}

const contactSchema = {
  type: 'object',
  properties: {
    email: { type: 'string', description: 'Where to answer.' },
    message: { type: 'string', description: 'What the visitor wrote.' },
  },
  required: ['email', 'message'],
  additionalProperties: false,
};

async function registryOf(dir: string) {
  const loaded = await loadSpecs({ cwd: dir });
  const config = await loadConfig(dir);
  const files = generate(loaded, config, { only: ['registry', 'mcp'] });
  const registry = JSON.parse(files.find((f) => f.path === 'registry.json')!.contents) as { tools: { name: string; inputSchema: { required?: string[]; properties: Record<string, unknown> } }[] };
  return { registry, server: files.find((f) => f.path === 'mcp/src/server.ts')!.contents };
}

describe('tool input schemas from the spec repository', () => {
  it('uses schemas/tools/<name>.json of the repository over the default, keeping the packaged Odoo ones', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'schemas/tools'), { recursive: true });
    writeFileSync(join(dir, 'schemas/tools/core_contact.json'), JSON.stringify(contactSchema));
    const { registry, server } = await registryOf(dir);
    const contact = registry.tools.find((t) => t.name === 'core_contact')!;
    expect(contact.inputSchema.required).toEqual(['email', 'message']);
    expect(Object.keys(contact.inputSchema.properties)).toEqual(['email', 'message']);
    expect(server).toContain('What the visitor wrote.');
    const searchRead = registry.tools.find((t) => t.name === 'odoo_search_read')!;
    expect(Object.keys(searchRead.inputSchema.properties)).toContain('domain');
  });

  it('takes the folder from `toolSchemas:` in bolt.config.yaml, and rejects a missing one', async () => {
    const dir = repo('toolSchemas: api-schemas\n');
    mkdirSync(join(dir, 'api-schemas'));
    writeFileSync(join(dir, 'api-schemas/core_contact.json'), JSON.stringify(contactSchema));
    expect((await registryOf(dir)).registry.tools.find((t) => t.name === 'core_contact')!.inputSchema.required).toEqual(['email', 'message']);
    const missing = repo('toolSchemas: nowhere\n');
    await expect(registryOf(missing)).rejects.toThrow(/Missing tool schema folder `nowhere`/);
  });

  it('without a folder of its own, the repository gets the packaged schemas and defaults', async () => {
    const { registry } = await registryOf(repo());
    expect(registry.tools.find((t) => t.name === 'core_contact')!.inputSchema.required).toBeUndefined();
  });
});
