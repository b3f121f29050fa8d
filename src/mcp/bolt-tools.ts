/**
 * What `bolt mcp` offers agents that maintain the spec, as plain functions over a working folder:
 * validate, query the model (services, routes, endpoints, secret names), build in dry-run, check
 * drift, verify live. Each call reads the specs afresh, since the agent edits them between calls.
 */
import { Writable } from 'node:stream';
import { check, generate } from '../build.js';
import { type BoltConfig, loadConfig } from '../config.js';
import { type LoadedSpecs, loadSpecs } from '../parse/load.js';
import { validate } from '../validate.js';
import { toolCatalog } from './catalog.js';

/** Where `bolt mcp` works and which specs it reads (the CLI's shared flags). */
export interface BoltWorkspace {
  cwd: string;
  spec?: string[] | undefined;
  lock?: string | undefined;
  config?: string | undefined;
}

/** Loads config and specs the way the CLI does. */
export async function loadWorkspace(ws: BoltWorkspace): Promise<{ config: BoltConfig; loaded: LoadedSpecs }> {
  const config = await loadConfig(ws.cwd, ws.config);
  const lock = ws.lock ?? config.lock;
  const loaded = await loadSpecs({ cwd: ws.cwd, spec: ws.spec ?? config.spec, lock, lockRequired: lock !== undefined });
  return { config, loaded };
}

const where = (pos: { file: string; line: number; column: number } | undefined): string | undefined => (pos ? `${pos.file}:${pos.line}:${pos.column}` : undefined);

/** Diagnostics and their counts (`bolt validate --format json`). */
export async function validateTool(ws: BoltWorkspace) {
  const { config, loaded } = await loadWorkspace(ws);
  return validate(loaded, config);
}

/** Containers of the inventory, per tier. */
export async function listServices(ws: BoltWorkspace) {
  const { model } = (await loadWorkspace(ws)).loaded;
  const services = (model.inventory?.tiers ?? []).flatMap((tier) =>
    tier.containers.map((c) => ({ name: c.name, tier: tier.id, image: c.image.raw, ports: c.ports.map((p) => p.raw), status: c.status, purpose: c.purpose, at: where(c.pos) })),
  );
  return { services };
}

/** Domain routes and the Caddyfile's sites. */
export async function listRoutes(ws: BoltWorkspace) {
  const { model } = (await loadWorkspace(ws)).loaded;
  const routes = (model.routing?.routes ?? []).map((r) => ({
    host: r.host,
    target: r.target,
    ...(r.port !== undefined ? { port: r.port } : {}),
    external: r.external,
    planned: r.planned,
    ...(r.note ? { note: r.note } : {}),
    at: where(r.pos),
  }));
  const sites = (model.routing?.caddyfile?.sites ?? []).map((s) => ({ addresses: s.addresses, upstreams: s.upstreams.map((u) => u.raw), at: where(s.pos) }));
  return { routes, caddySites: sites };
}

/** API endpoints as MCP tools (name, alias, method and its source, annotations). */
export async function listEndpoints(ws: BoltWorkspace) {
  const { model } = (await loadWorkspace(ws)).loaded;
  const endpoints = toolCatalog(model).map((t) => ({
    tool: t.name,
    alias: t.alias,
    category: t.category,
    method: t.method,
    methodFrom: t.methodSource,
    path: t.path,
    kind: t.verb,
    annotations: t.annotations,
    inputSchema: t.input.file ? 'schemas/tools' : 'default',
    at: where(t.pos),
  }));
  return { host: model.api?.host ?? null, endpoints };
}

/** Secret keys by name: never a value, only whether the spec holds a placeholder. */
export async function listSecrets(ws: BoltWorkspace) {
  const { model } = (await loadWorkspace(ws)).loaded;
  const secrets = (model.secrets?.keys ?? []).map((k) => ({ key: k.key, group: k.group, sensitive: k.sensitive, placeholder: k.placeholder, literalInSpec: k.literal !== undefined, at: where(k.pos) }));
  return { envFile: model.secrets?.envFile ?? null, secrets };
}

/** What `bolt build` would do, writing nothing: whether it would refuse, and the diff per file. */
export async function buildDryRun(ws: BoltWorkspace, only?: string[]) {
  const { config, loaded } = await loadWorkspace(ws);
  const validation = validate(loaded, config);
  const files = generate(loaded, config, { only });
  const changes = await check(loaded, config, { only });
  return {
    wouldRefuse: validation.summary.errors > 0,
    validation: validation.summary,
    generated: files.length,
    changes: changes.map((d) => ({ file: d.file, kind: d.kind, handEdited: d.handEdited, diff: d.diff })),
  };
}

/** Drift between the specs and the committed outputs (`bolt check`), without the diffs. */
export async function checkDrift(ws: BoltWorkspace) {
  const { config, loaded } = await loadWorkspace(ws);
  const drift = await check(loaded, config);
  const count = (kind: string) => drift.filter((d) => d.kind === kind).length;
  return {
    inSync: drift.length === 0,
    drift: drift.map((d) => ({ file: d.file, kind: d.kind, handEdited: d.handEdited, generator: d.generator ?? null })),
    summary: { missing: count('missing'), changed: count('changed'), unexpected: count('unexpected') },
  };
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs `bolt <args>` in-process (the CLI is the contract of verify); output captured. */
export async function runBolt(ws: BoltWorkspace, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../cli/main.js');
  const stdout = new Capture();
  const stderr = new Capture();
  const shared = [...(ws.spec ?? []).flatMap((s) => ['--spec', s]), ...(ws.lock ? ['--lock', ws.lock] : []), ...(ws.config ? ['--config', ws.config] : [])];
  const code = await main([...args, ...shared, '--no-color'], { cwd: ws.cwd, stdout, stderr, env: { ...process.env, NO_COLOR: '1' } });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
