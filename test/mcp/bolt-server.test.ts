/**
 * `bolt mcp`: the server in-process over the SDK's in-memory transport, and the real binary over
 * stdio, against a copy of the seed spec repository under test-artifacts/.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/build.js';
import { createBoltServer } from '../../src/bolt-mcp/server.js';
import { loadWorkspace } from '../../src/load/workspace.js';
import { ROOT } from './stub-fixture.js';

const TOOLS = ['validate', 'list_services', 'list_routes', 'list_endpoints', 'list_secrets', 'build_dry_run', 'check_drift', 'verify'];
let repo: string;

function newRepo(): string {
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'test-artifacts', 'bolt-mcp-'));
  mkdirSync(join(dir, 'specs'));
  for (const f of ['os.md', 'versions.lock']) copyFileSync(join(ROOT, 'specs', f), join(dir, 'specs', f));
  return dir;
}

const textOf = (r: CallToolResult): string => r.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
async function call(client: Client, name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

beforeAll(() => {
  repo = newRepo();
});
afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('bolt mcp, in-process', () => {
  let client: Client;
  beforeAll(async () => {
    const [a, b] = InMemoryTransport.createLinkedPair();
    await createBoltServer({ cwd: repo }).connect(a);
    client = new Client({ name: 'bolt-test', version: '0.0.0' });
    await client.connect(b);
  });
  afterAll(async () => client?.close());

  it('lists its tools, all annotated, only verify reaching outside', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(TOOLS);
    for (const t of tools) expect(t.annotations?.openWorldHint, t.name).toBe(t.name === 'verify');
  });

  it('validates and queries the model', async () => {
    const v = await call(client, 'validate');
    expect(v.isError).toBeFalsy();
    expect(v.structuredContent).toMatchObject({ summary: { errors: expect.any(Number) as number } });
    const services = (await call(client, 'list_services')).structuredContent as { services: { name: string; at: string }[] };
    expect(services.services.map((s) => s.name)).toContain('smartapi');
    expect(services.services[0]!.at).toBe('specs/os.md:25:1');
    const routes = (await call(client, 'list_routes')).structuredContent as { routes: { host: string; target: string }[] };
    expect(routes.routes).toContainEqual(expect.objectContaining({ host: 'api.smarterbot.cl', target: 'smartapi' }));
    const endpoints = (await call(client, 'list_endpoints')).structuredContent as { endpoints: { tool: string; method: string; methodFrom: string }[] };
    expect(endpoints.endpoints).toContainEqual(expect.objectContaining({ tool: 'odoo_search_read', method: 'POST', methodFrom: 'curl' }));
  });

  it('lists secrets by name only', async () => {
    const result = await call(client, 'list_secrets');
    const { model } = (await loadWorkspace({ cwd: repo })).loaded;
    const keys = model.secrets!.keys;
    const names = (result.structuredContent as { secrets: { key: string }[] }).secrets.map((s) => s.key);
    expect(names).toEqual(keys.map((k) => k.key));
    const text = textOf(result);
    for (const k of keys.filter((k) => k.value.length > 5)) expect(text, k.key).not.toContain(k.value);
  });

  it('previews a build as a diff, writing nothing, then sees it in sync once built', async () => {
    const before = (await call(client, 'build_dry_run', { only: ['registry'] })).structuredContent as { changes: { file: string; kind: string; diff: string }[] };
    expect(before.changes.map((c) => [c.file, c.kind])).toContainEqual(['out/registry.json', 'missing']);
    expect(before.changes.find((c) => c.file === 'out/registry.json')!.diff).toContain('+      "name": "odoo_search_read",');
    expect(existsSync(join(repo, 'out'))).toBe(false);
    const { config, loaded } = await loadWorkspace({ cwd: repo });
    await build(loaded, config, { only: ['registry'], force: true });
    const after = (await call(client, 'build_dry_run', { only: ['registry'] })).structuredContent as { changes: unknown[] };
    expect(after.changes).toEqual([]);
  });

  it('reports drift after a spec edit', async () => {
    const spec = join(repo, 'specs', 'os.md');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('`/odoo/call`', '`/odoo/call`, `/odoo/read_group`'));
    const result = await call(client, 'check_drift');
    expect(result.isError, textOf(result)).toBeFalsy();
    const drift = result.structuredContent as { inSync: boolean; drift: { file: string; kind: string }[] };
    expect(drift.inSync).toBe(false);
    expect(drift.drift).toContainEqual(expect.objectContaining({ file: 'out/registry.json', kind: 'changed' }));
  });

  it('returns unreadable input as a tool error with its location', async () => {
    const [a, b] = InMemoryTransport.createLinkedPair();
    await createBoltServer({ cwd: repo, lock: 'specs/missing.lock' }).connect(a);
    const other = new Client({ name: 'bolt-test', version: '0.0.0' });
    await other.connect(b);
    const result = await call(other, 'list_services');
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/missing\.lock/);
    await other.close();
  });

  it('runs verify without leaving loopback (mapped-only, nothing mapped)', async () => {
    const result = await call(client, 'verify', { mapped_only: true, only: ['http'] });
    expect(result.isError, textOf(result)).toBeFalsy();
    const { passed, report } = result.structuredContent as { passed: boolean; report: { checks: { kind: string; result: string }[]; summary: { skipped: number } } };
    expect(passed).toBe(false); // every check skipped: nothing was checked (issue 18.5)
    expect(report.checks.length).toBeGreaterThan(0);
    expect(report.checks.every((c) => c.kind === 'http' && c.result === 'skip')).toBe(true);
    expect(report.summary.skipped).toBe(report.checks.length);
    const allowed = await call(client, 'verify', { mapped_only: true, only: ['http'], allow_empty: true });
    expect((allowed.structuredContent as { passed: boolean }).passed).toBe(true);
    // Port checks from the host: the published ports dialled at the given server address (loopback here; the results do not matter).
    const fromHost = await call(client, 'verify', { only: ['tcp'], from: 'host', host: '127.0.0.1', timeout_ms: 2000 });
    expect(fromHost.isError, textOf(fromHost)).toBeFalsy();
    const tcp = (fromHost.structuredContent as { report: { checks: { kind: string; target: string }[] } }).report.checks;
    expect(tcp.length).toBeGreaterThan(0);
    expect(tcp.every((c) => c.kind === 'tcp' && c.target.startsWith('127.0.0.1:')), JSON.stringify(tcp.slice(0, 3))).toBe(true);
    const noHost = await call(client, 'verify', { only: ['tcp'], from: 'host' });
    expect(noHost.isError).toBe(true);
    const bad = await call(client, 'verify', { resolve: ['not-a-mapping'] });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toMatch(/resolve/);
  });
});

describe('bolt mcp, the binary over stdio', () => {
  // A private build, so that tests running the shared dist/ never see a half-written file; tsc
  // emits even when files of other areas have type errors, and the binary is all we need.
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(ROOT, 'test-artifacts', 'bolt-dist-'));
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json', '--outDir', dist, '--declaration', 'false'], { cwd: ROOT }).catch(() => undefined);
  }, 240_000);
  afterAll(() => {
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('serves the tools to the SDK client and answers a call', async () => {
    const client = new Client({ name: 'bolt-test', version: '0.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [join(dist, 'src/cli/bin.js'), 'mcp', '--cwd', repo], stderr: 'pipe' }));
    try {
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(TOOLS);
      const result = await call(client, 'list_endpoints');
      expect(result.isError).toBeFalsy();
      expect((result.structuredContent as { host: string }).host).toBe('api.smarterbot.cl');
    } finally {
      await client.close();
    }
  });
});
