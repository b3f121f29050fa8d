/**
 * `bolt snapshot --live`: runs the live checks (the library's `verify`, with the options
 * `verifyOptionsFrom` assembles) and fills the inventory's status column from what they measured.
 */
import type { BoltConfig } from '../config.js';
import type { LoadedSpecs } from '../load/index.js';
import type { Container, ServiceStatus, SpecModel } from '../model/schema.js';
import type { VerifyRequest } from '../verify/options.js';
import type { LiveReport } from '../verify/types.js';

/** What a status needs from a live run: each check's target and outcome. */
export interface Measured {
  checks: { kind: string; target: string; ok: boolean; detail?: string | undefined; result?: string | undefined; service?: string | undefined }[];
  summary: object;
}
import type { LiveRecord } from './manifest.js';

/** Runs the live checks for a snapshot (verify is loaded only when `--live` asks for it). */
export async function measure(input: { cwd: string; config: BoltConfig; loaded: LoadedSpecs; request: VerifyRequest; env: NodeJS.ProcessEnv }): Promise<LiveReport> {
  const [{ verify }, { verifyOptionsFrom }] = await Promise.all([import('../verify/index.js'), import('../verify/options.js')]);
  return verify(await verifyOptionsFrom(input));
}

/** The checks about one container: port checks naming it as their service (or targeting `name:port`), Docker `name`. */
function checksOf(c: Container, report: Measured): Measured['checks'] {
  const about = (k: Measured['checks'][number]) => (k.service !== undefined ? k.service === c.name : k.target === c.name || k.target.startsWith(`${c.name}:`));
  return report.checks.filter((k) => k.result !== 'skip' && about(k));
}

/**
 * The model with measured statuses: a container whose checks all passed is running; a container
 * the spec calls running whose checks failed is stopped; anything unmeasured keeps its status.
 */
export function applyLive(model: SpecModel, report: Measured, measuredAt: string): { model: SpecModel; record: LiveRecord } {
  const statusChanges: LiveRecord['statusChanges'] = [];
  const tiers = (model.inventory?.tiers ?? []).map((t) => ({
    ...t,
    containers: t.containers.map((c): Container => {
      const checks = checksOf(c, report);
      if (checks.length === 0) return c;
      const status: ServiceStatus = checks.every((k) => k.ok) ? 'running' : c.status === 'running' ? 'stopped' : c.status;
      if (status !== c.status) statusChanges.push({ container: c.name, from: c.status, to: status });
      return { ...c, status };
    }),
  }));
  const record: LiveRecord = {
    measuredAt,
    summary: { ...report.summary } as Record<string, number>,
    checks: report.checks.map((k) => ({ kind: k.kind, target: k.target, ok: k.ok, detail: k.detail ?? '' })),
    statusChanges,
  };
  return { model: model.inventory ? { ...model, inventory: { ...model.inventory, tiers } } : model, record };
}
