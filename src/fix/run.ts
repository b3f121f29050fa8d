/**
 * `bolt validate --fix`: validate, apply the fixes of that pass (non-overlapping ones), validate the
 * result again, and repeat until no fix applies or the pass limit is reached. The passes work on
 * texts in memory; the fixed files are written at the end, each atomically, and only when every
 * pass succeeded (nothing is half-written). `dryRun` writes nothing and returns the unified diff.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { BoltConfig } from '../config.js';
import { type LoadedSpecs } from '../load/index.js';
import { loadWorkspace, type Workspace } from '../load/workspace.js';
import { validate, type ValidationResult } from '../rules/validate.js';
import { writeAtomic } from '../write/disk.js';
import { applyEdits, chooseFixes, editsByFile } from './edits.js';

/** What to fix. */
export interface FixOptions {
  /** Only this rule's fixes. */
  rule?: string | undefined;
  /** Write nothing; return the diff. */
  dryRun?: boolean | undefined;
  /** At most this many passes (default 10). */
  maxPasses?: number | undefined;
  /** What happens after validation (suppressions, baseline); default none. */
  after?: ((result: ValidationResult, loaded: LoadedSpecs, config: BoltConfig) => ValidationResult) | undefined;
}

/** What a fix run did. */
export interface FixOutcome {
  /** Passes that applied at least one fix. */
  passes: number;
  /** The fixes applied, in order: rule id, title, files. */
  applied: { ruleId: string; title: string; files: string[] }[];
  /** Files changed (relative to cwd), in order. */
  changed: string[];
  /** The unified diff of every changed file (what `--fix-dry-run` prints). */
  diff: string;
  /** The findings left after the last pass. */
  result: ValidationResult;
  config: BoltConfig;
  loaded: LoadedSpecs;
}

/** Runs the fix loop over a workspace. */
export async function fixWorkspace(ws: Workspace, options: FixOptions = {}): Promise<FixOutcome> {
  const maxPasses = options.maxPasses ?? 10;
  const after = options.after ?? ((r: ValidationResult) => r);
  const original = new Map<string, string>(); // display path → text on disk
  const current = new Map<string, string>(); // absolute path → fixed text (the overlay)
  const applied: FixOutcome['applied'] = [];
  let passes = 0;
  let state = await loadWorkspace({ ...ws, overlay: current });
  let result = after(validate(state.loaded, state.config), state.loaded, state.config);
  while (passes < maxPasses) {
    const chosen = chooseFixes(result.diagnostics, state.loaded.sources, options.rule);
    if (chosen.length === 0) break;
    let changedAny = false;
    for (const [file, edits] of editsByFile(chosen)) {
      const abs = resolve(ws.cwd, file);
      if (!original.has(file)) original.set(file, await readFile(abs, 'utf8'));
      const before = current.get(abs) ?? original.get(file)!;
      const after2 = applyEdits(before, edits);
      if (after2 !== before) changedAny = true;
      current.set(abs, after2);
    }
    if (!changedAny) break;
    passes++;
    applied.push(...chosen.map((c) => ({ ruleId: c.ruleId, title: c.fix.title, files: [...new Set(c.fix.edits.map((e) => e.file))] })));
    state = await loadWorkspace({ ...ws, overlay: current });
    result = after(validate(state.loaded, state.config), state.loaded, state.config);
  }
  const changed = [...original.keys()].filter((f) => current.get(resolve(ws.cwd, f)) !== original.get(f)).sort();
  const diff = changed.map((f) => createTwoFilesPatch(`a/${f}`, `b/${f}`, original.get(f)!, current.get(resolve(ws.cwd, f))!, undefined, undefined, { context: 3 })).join('');
  if (!options.dryRun) {
    for (const f of changed) await writeAtomic(dirname(resolve(ws.cwd, f)), f.split('/').pop()!, current.get(resolve(ws.cwd, f))!);
  }
  return { passes, applied, changed, diff, result, config: state.config, loaded: state.loaded };
}
