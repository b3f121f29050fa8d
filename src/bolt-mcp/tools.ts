/**
 * What `bolt mcp` offers agents that maintain the spec, as plain functions over a working folder:
 * validate, query the model (services, routes, endpoints, secret names), build in dry-run, check
 * drift, verify live. Each call reads the specs afresh, since the agent edits them between calls.
 */
import { check, generate } from '../pipeline/build.js';
import { readToolSchemas } from '../load/tool-schemas.js';
import { loadWorkspace, type Workspace } from '../load/workspace.js';
import type { VerifyRequest } from '../verify/options.js';
import { validate } from '../rules/validate.js';
import { toolCatalog } from '../../generators/tools/catalog.js';

/** Where `bolt mcp` works and which specs it reads (the CLI's shared flags). */
export type BoltWorkspace = Workspace;

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
  const { config, loaded } = await loadWorkspace(ws);
  const { model } = loaded;
  const endpoints = toolCatalog(model, { schemas: readToolSchemas(ws.cwd, config.toolSchemas) }).map((t) => ({
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

/** Runs the live checks as `bolt verify --format json` would report them; `passed` is false when a check failed or nothing was checked (unless `allowEmpty`). */
export async function verifyTool(ws: BoltWorkspace, request: VerifyRequest, options: { allowEmpty?: boolean } = {}): Promise<{ passed: boolean; report: unknown }> {
  const { config, loaded } = await loadWorkspace(ws);
  const [{ verify, checkedNothing }, { verifyOptionsFrom }, { formatVerifyJson }] = await Promise.all([
    import('../verify/index.js'),
    import('../verify/options.js'),
    import('../report/verify-json.js'),
  ]);
  const report = await verify(await verifyOptionsFrom({ cwd: ws.cwd, config, loaded, request, env: process.env }));
  return { passed: report.summary.failed === 0 && (options.allowEmpty === true || !checkedNothing(report.summary)), report: JSON.parse(formatVerifyJson(report)) as unknown };
}
