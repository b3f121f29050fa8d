/**
 * Test rig for the generated MCP stub: generates it into a folder under `test-artifacts/` (so the
 * repository's node_modules resolve), builds it with `npm run build`, and runs a loopback API that
 * records requests and can answer 500, hang, or be closed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { mcpServer } from '../../generators/mcp-server.js';
import { registry } from '../../generators/registry.js';
import type { Registry } from '../../generators/tools/registry-data.js';
import type { SpecModel } from '../../src/model/schema.js';
import { createTemplates } from '../../src/templates.js';

export const ROOT = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

/** Generates and builds the stub for a model; returns its folder and the registry it should serve. */
export async function buildStub(model: SpecModel, label: string): Promise<{ dir: string; registry: Registry; entry: string }> {
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'test-artifacts', `mcp-stub-${label}-`));
  const input = { model, config: {}, templates: createTemplates() };
  for (const file of mcpServer.generate(input)) {
    const target = join(dir, file.path.replace(/^mcp\//, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  await run('npm', ['run', 'build', '--silent'], { cwd: dir, env: { ...process.env, npm_config_update_notifier: 'false' } });
  // what the registry generator writes to out/registry.json, as text
  const served = JSON.parse(registry.generate(input)[0]!.contents) as Registry;
  return { dir, registry: served, entry: join(dir, 'dist', 'index.js') };
}

/** A request the loopback API received. */
export interface Recorded {
  method: string;
  url: string;
  authorization?: string | undefined;
  contentType?: string | undefined;
  body: string;
}

/** What the API does next: answer JSON, fail with 500, or never answer. */
export type Behaviour = 'ok' | 'fail' | 'hang';

/** A loopback HTTP API that records every request. */
export interface LoopbackApi {
  url: string;
  requests: Recorded[];
  behaviour: Behaviour;
  close(): Promise<void>;
}

/** Starts the loopback API on a free port. */
export async function startApi(): Promise<LoopbackApi> {
  const api: LoopbackApi = { url: '', requests: [], behaviour: 'ok', close: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      api.requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (api.behaviour === 'hang') return;
      if (api.behaviour === 'fail') {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ detail: 'odoo is down: connection pool exhausted' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, echo: req.url }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return api;
}

/** A loopback URL nothing listens on (a port that was just freed). */
export async function closedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
