/**
 * Test rig for the generated MCP stub: generates it into a folder under `test-artifacts/` (so the
 * repository's node_modules resolve), builds it with `npm run build`, and runs a loopback API that
 * records requests and can answer 500, hang, or be closed.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { mcpServer } from '../../generators/mcp-server.js';
import { registry } from '../../generators/registry.js';
import type { InputSchemaSource } from '../../generators/tools/input-schemas.js';
import type { Registry } from '../../generators/tools/registry-data.js';
import type { SpecModel } from '../../src/model/schema.js';
import { createTemplates } from '../../src/templates.js';

export const ROOT = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

/**
 * Generates and builds the stub for a model (with the package's tool schemas, or `toolSchemas`);
 * returns its folder and the registry it should serve. The build is the stub's own strict `tsc`:
 * a generated project that does not type-check fails here.
 */
export async function buildStub(model: SpecModel, label: string, toolSchemas?: Map<string, InputSchemaSource>): Promise<{ dir: string; registry: Registry; entry: string }> {
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'test-artifacts', `mcp-stub-${label}-`));
  const input = { model, config: {}, templates: createTemplates(), toolSchemas };
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

/** What the API does next: answer JSON, fail with 500, never answer, or answer JSON after 150 ms. */
export type Behaviour = 'ok' | 'fail' | 'hang' | 'slow';

/** A loopback HTTP API that records every request. */
export interface LoopbackApi {
  url: string;
  requests: Recorded[];
  behaviour: Behaviour;
  /** The most requests it held open at once since the last reset (set it to 0 to reset). */
  maxInFlight: number;
  close(): Promise<void>;
}

/** Starts the loopback API on a free port. */
export async function startApi(): Promise<LoopbackApi> {
  const api: LoopbackApi = { url: '', requests: [], behaviour: 'ok', maxInFlight: 0, close: async () => {} };
  let inFlight = 0;
  const server: Server = createServer((req, res) => {
    inFlight += 1;
    api.maxInFlight = Math.max(api.maxInFlight, inFlight);
    res.on('close', () => (inFlight -= 1));
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
      const answer = () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, echo: req.url }));
      if (api.behaviour === 'slow') setTimeout(answer, 150);
      else answer();
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

/** Starts the built stub with `--http` and the given arguments; resolves with its /mcp URL. */
export async function startHttpStub(entry: string, args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: URL; stderr: () => string }> {
  const child = spawn(process.execPath, [entry, '--http', '0', ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  const url = await new Promise<URL>((resolve, reject) => {
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) resolve(new URL(m[1]!));
    });
    child.on('exit', (code) => reject(new Error(`stub exited with ${code}: ${err}`)));
  });
  return { child, url, stderr: () => err };
}

/** A loopback URL nothing listens on (a port that was just freed). */
export async function closedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
