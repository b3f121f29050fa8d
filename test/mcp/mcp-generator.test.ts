import { describe, expect, it } from 'vitest';
import { mcpServer, STUB_DEPENDENCIES } from '../../generators/mcp-server.js';
import { registry } from '../../generators/registry.js';
import { GENERATORS } from '../../generators/index.js';
import { loadSpecs } from '../../src/load/index.js';
import { createTemplates } from '../../src/templates.js';
import { ROOT } from './stub-fixture.js';

describe('the mcp generator', async () => {
  const { model } = await loadSpecs({ cwd: ROOT });
  const templates = createTemplates();
  const files = mcpServer.generate({ model, config: {}, templates });

  it('is registered under the ids `registry` and `mcp`', () => {
    expect(GENERATORS).toContain(mcpServer);
    expect(GENERATORS).toContain(registry);
    expect([registry.id, mcpServer.id]).toEqual(['registry', 'mcp']);
  });

  it('writes the package files, byte-identical on every run, with nothing of the machine in them', () => {
    expect(files.map((f) => f.path)).toEqual(['mcp/package.json', 'mcp/tsconfig.json', 'mcp/src/server.ts', 'mcp/src/http.ts', 'mcp/src/index.ts', 'mcp/README.md', 'mcp/.gitignore']);
    expect(mcpServer.generate({ model: structuredClone(model), config: {}, templates })).toEqual(files);
    for (const f of files) {
      expect(f.contents, f.path).not.toContain(ROOT);
      expect(f.contents.endsWith('\n'), f.path).toBe(true);
      expect(f.contents, f.path).not.toMatch(/\r|\d{4}-\d\d-\d\dT\d\d:/);
    }
  });

  it('declares a build script, a bin and main entry, and pinned dependencies', () => {
    const pkg = JSON.parse(files[0]!.contents) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      name: 'smarteros-mcp',
      version: '1.2.0',
      type: 'module',
      main: 'dist/server.js',
      bin: { 'smarteros-mcp': 'dist/index.js' },
      scripts: { build: 'tsc -p tsconfig.json' },
      ...STUB_DEPENDENCIES,
    });
    expect(STUB_DEPENDENCIES.dependencies['@modelcontextprotocol/sdk']).toMatch(/^\^1\.(3[2-9]|[4-9]\d)\./);
    expect(STUB_DEPENDENCIES.dependencies.zod).toMatch(/^\^4\./);
  });

  it('registers every tool with described fields and the default base URL of the API host', () => {
    const server = files.find((f) => f.path === 'mcp/src/server.ts')!.contents;
    expect(server).toContain('export const DEFAULT_BASE_URL = "https://api.smarterbot.cl";');
    expect(server.match(/^ {4}name: "/gm)).toHaveLength(model.api!.categories.flatMap((c) => c.endpoints).length);
    expect(server).toContain('"model": z.string().min(1).regex(');
    const fields = server.match(/^\s+"[^"]+": z\..*$/gm) ?? [];
    expect(fields.length).toBeGreaterThan(10);
    for (const line of fields) if (!line.trimEnd().endsWith('{')) expect(line).toMatch(/\.describe\(".*"\),$/);
  });
});
