/**
 * The writer: applies a plan to the output folder. Every target is checked first (no symbolic
 * link, no folder in the way), so a refusal writes nothing; then changed files are written
 * atomically, files no longer generated are removed, and the manifest is written last.
 */
import { assertWritable, removeFile, writeAtomic } from './disk.js';
import { MANIFEST_FILE } from './paths.js';
import type { Plan } from './plan.js';

export { MANIFEST_FILE } from './paths.js';
export { type FileState, type FileStatus, type GeneratedFile, type Plan, planOutputs } from './plan.js';

/** What a write did (paths relative to the output folder, sorted). */
export interface WriteResult {
  written: string[];
  removed: string[];
  unchanged: number;
}

/** Throws (exit 2, nothing written) when any path the plan touches goes through a symbolic link. */
export async function assertPlanWritable(outDir: string, plan: Plan, display: string): Promise<void> {
  for (const s of plan.states) if (s.status !== 'unchanged') await assertWritable(outDir, s.path, display);
}

/** Writes what `plan` says is missing or changed and removes what it says is unexpected. */
export async function applyPlan(outDir: string, plan: Plan, display: string): Promise<WriteResult> {
  const toWrite = plan.states.filter((s) => (s.status === 'missing' || s.status === 'changed') && s.path !== MANIFEST_FILE);
  const toRemove = plan.states.filter((s) => s.status === 'unexpected');
  const manifest = plan.states.find((s) => s.path === MANIFEST_FILE);
  const manifestChanged = manifest !== undefined && manifest.status !== 'unchanged';
  await assertPlanWritable(outDir, plan, display);

  for (const s of toWrite) await writeAtomic(outDir, s.path, s.expected!);
  for (const s of toRemove) await removeFile(outDir, s.path);
  if (manifestChanged) await writeAtomic(outDir, MANIFEST_FILE, manifest.expected!);
  return {
    written: [...toWrite.map((s) => s.path), ...(manifestChanged ? [MANIFEST_FILE] : [])],
    removed: toRemove.map((s) => s.path),
    unchanged: plan.states.filter((s) => s.status === 'unchanged').length,
  };
}
