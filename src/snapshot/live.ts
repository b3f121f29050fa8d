/**
 * `bolt snapshot --live`: runs `bolt verify --format json` in-process (the live-verification
 * capability, loaded lazily) and fills the inventory's status column from what it measured.
 */
import { Writable } from 'node:stream';
import type { CliEnv } from '../cli/env.js';
import { BoltError } from '../errors.js';
import type { Container, ServiceStatus, SpecModel } from '../model/schema.js';
import type { LiveRecord } from './manifest.js';

interface VerifyJson {
  checks: { kind: string; target: string; ok: boolean; detail?: string; result?: string }[];
  summary: Record<string, number>;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the live checks with `args` (the shared and pass-through verify flags); exit 2 when verify is unavailable. */
export async function measure(args: string[], env: CliEnv): Promise<VerifyJson> {
  let run: ((args: string[], env: CliEnv) => Promise<number>) | undefined;
  try {
    ({ run } = (await import('../cli/commands/verify.js')) as { run: typeof run });
  } catch {
    run = undefined;
  }
  if (!run) throw new BoltError('Live verification is not available in this Bolt Lab, so `--live` cannot fill the status column', { location: { file: 'bolt snapshot' }, hint: 'drop `--live`, or install a Bolt Lab that has `bolt verify`' });
  const stdout = new Capture();
  const code = await run([...args, '--format', 'json'], { ...env, stdout });
  try {
    return JSON.parse(stdout.text) as VerifyJson;
  } catch {
    throw new BoltError(`\`bolt verify\` ended with exit code ${code} and no JSON report, so \`--live\` has nothing to record`, { location: { file: 'bolt snapshot' }, hint: 'run `bolt verify` alone to see what went wrong' });
  }
}

/** The checks about one container: TCP `name:port`, Docker `name`. */
function checksOf(c: Container, report: VerifyJson): VerifyJson['checks'] {
  return report.checks.filter((k) => k.result !== 'skip' && (k.target === c.name || k.target.startsWith(`${c.name}:`)));
}

/**
 * The model with measured statuses: a container whose checks all passed is running; a container
 * the spec calls running whose checks failed is stopped; anything unmeasured keeps its status.
 */
export function applyLive(model: SpecModel, report: VerifyJson, measuredAt: string): { model: SpecModel; record: LiveRecord } {
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
    summary: report.summary,
    checks: report.checks.map((k) => ({ kind: k.kind, target: k.target, ok: k.ok, detail: k.detail ?? '' })),
    statusChanges,
  };
  return { model: model.inventory ? { ...model, inventory: { ...model.inventory, tiers } } : model, record };
}
