/**
 * The generate → write/check pipeline, callable as a library (`import { generate, build, check }
 * from 'bolt-lab'`) and used by `bolt build`, `bolt check` and `bolt watch`.
 *
 * - `generate` runs every generator of `generators/index.ts` (or the `only` ones) and checks the
 *   paths they return: safe, relative, unique.
 * - `build` refuses while validation finds errors (unless `force`) and while a file it would
 *   overwrite or remove was edited by hand (unless `force`); otherwise it writes atomically.
 * - `check` compares in memory and never writes.
 */
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { GENERATORS } from '../../generators/index.js';
import type { GeneratorInput } from '../../generators/types.js';
import type { BoltConfig } from '../config.js';
import { boltError } from '../errors/index.js';
import { readToolSchemas } from '../load/tool-schemas.js';
import { RunMemo } from '../memo.js';
import type { SpecModel } from '../model/schema.js';
import { type LoadedSpecs } from '../load/index.js';
import { displayPath } from '../paths.js';
import { createTemplates } from '../templates.js';
import { type ValidationResult, validate } from '../rules/validate.js';
import { applyPlan, assertPlanWritable, type FileState, type GeneratedFile, planOutputs } from '../write/index.js';
import { assertOutputPath } from '../write/paths.js';

/** Default output folder. */
export const DEFAULT_OUT = 'out';

/** Options shared by generate, build and check. */
export interface GenerateOptions {
  /** Generator ids to run (default: all). */
  only?: string[] | undefined;
  /** The run's memo, when the caller also validated in this run (a build): the wiring is computed once. */
  memo?: RunMemo | undefined;
}

/** Options of build and check. */
export interface OutputOptions extends GenerateOptions {
  /** Output folder, relative to the specs' working directory (default: config `out`, then `out`). */
  out?: string | undefined;
}

/** The ids of the generators to run; an unknown id is a usage error. */
export function selectGenerators(only?: string[]): string[] {
  const ids = GENERATORS.map((g) => g.id);
  if (!only || only.length === 0) return ids;
  const unknown = only.filter((id) => !ids.includes(id));
  if (unknown.length > 0) {
    throw boltError('UnknownGenerator', { id: unknown[0]!, ids: ids.map((i) => `\`${i}\``).join(', ') }, { flag: '--only' });
  }
  return ids.filter((id) => only.includes(id));
}

/**
 * What every generator gets for these specs: the model (or a variant such as a stamped release),
 * the lock, the config, the templates (the repository's overrides first), the tool schemas, and
 * a memo for this run. Everything read from disk is read here, afresh for every run.
 */
export function generatorInput(loaded: LoadedSpecs, config: BoltConfig, model: SpecModel = loaded.model, memo: RunMemo = new RunMemo()): GeneratorInput {
  return {
    model,
    lock: loaded.lock,
    config,
    templates: createTemplates(config.templates, loaded.cwd),
    toolSchemas: readToolSchemas(loaded.cwd, config.toolSchemas),
    memo,
  };
}

/** Runs the generators in memory: files sorted by path, each tagged with its generator. */
export function generate(loaded: LoadedSpecs, config: BoltConfig, options: GenerateOptions = {}): GeneratedFile[] {
  const selected = selectGenerators(options.only);
  const input = generatorInput(loaded, config, loaded.model, options.memo);
  const files = new Map<string, GeneratedFile>();
  for (const generator of GENERATORS.filter((g) => selected.includes(g.id))) {
    for (const file of generator.generate(input)) {
      assertOutputPath(file.path, generator.id);
      const other = files.get(file.path);
      if (other) {
        throw boltError('DuplicateOutput', { path: file.path, generator: generator.id, other: other.generator });
      }
      files.set(file.path, { path: file.path, contents: file.contents, generator: generator.id });
    }
  }
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The absolute output folder. */
export function outDirOf(loaded: LoadedSpecs, config: BoltConfig, options: OutputOptions = {}): string {
  return resolve(loaded.cwd, options.out ?? config.out ?? DEFAULT_OUT);
}

/** One drifted file, as `bolt check` reports it. */
export interface Drift {
  /** Relative to the output folder. */
  path: string;
  /** Relative to the working directory (`out/Caddyfile`). */
  file: string;
  kind: 'missing' | 'changed' | 'unexpected';
  /** The file on disk differs from what the last build wrote. */
  handEdited: boolean;
  generator?: string | undefined;
  /** A unified diff from the folder's version to the generated one. */
  diff: string;
}

function toDrift(state: FileState, outDir: string, cwd: string): Drift {
  const file = displayPath(cwd, resolve(outDir, state.path));
  const before = state.status === 'missing' ? '/dev/null' : `a/${file}`;
  const after = state.status === 'unexpected' ? '/dev/null' : `b/${file}`;
  const actual = state.notAFile ? '(not a regular file: a symbolic link or a folder)\n' : (state.actual ?? '');
  const diff = createTwoFilesPatch(before, after, actual, state.expected ?? '', undefined, undefined, { context: 3 })
    .replace(/^=+\n/m, '');
  return { path: state.path, file, kind: state.status as Drift['kind'], handEdited: state.handEdited, generator: state.generator, diff };
}

/** Regenerates in memory and compares with the output folder; returns the drift (empty when none). */
export async function check(loaded: LoadedSpecs, config: BoltConfig, options: OutputOptions = {}): Promise<Drift[]> {
  const outDir = outDirOf(loaded, config, options);
  const files = generate(loaded, config, options);
  const plan = await planOutputs(outDir, files, selectGenerators(options.only), GENERATORS.map((g) => g.id));
  return plan.states.filter((s) => s.status !== 'unchanged').map((s) => toDrift(s, outDir, loaded.cwd));
}

/** Options of build. */
export interface BuildOptions extends OutputOptions {
  /** Build despite validation errors and hand edits. */
  force?: boolean | undefined;
}

/** The outcome of a build. */
export type BuildResult =
  | { status: 'invalid'; validation: ValidationResult }
  | { status: 'hand-edited'; conflicts: Drift[]; validation: ValidationResult }
  | { status: 'written'; outDir: string; written: string[]; removed: string[]; unchanged: number; validation: ValidationResult };

/** Validates, generates and writes; refuses (writing nothing) on validation errors or hand edits unless forced. */
export async function build(loaded: LoadedSpecs, config: BoltConfig, options: BuildOptions = {}): Promise<BuildResult> {
  const memo = new RunMemo();
  const validation = validate(loaded, config, memo);
  if (validation.summary.errors > 0 && !options.force) return { status: 'invalid', validation };
  const outDir = outDirOf(loaded, config, options);
  const files = generate(loaded, config, { ...options, memo });
  const plan = await planOutputs(outDir, files, selectGenerators(options.only), GENERATORS.map((g) => g.id));
  await assertPlanWritable(outDir, plan, displayPath(loaded.cwd, outDir));
  const conflicts = plan.states.filter((s) => s.handEdited && (s.status === 'changed' || s.status === 'unexpected'));
  if (conflicts.length > 0 && !options.force) {
    return { status: 'hand-edited', conflicts: conflicts.map((s) => toDrift(s, outDir, loaded.cwd)), validation };
  }
  const result = await applyPlan(outDir, plan, displayPath(loaded.cwd, outDir));
  return { status: 'written', outDir, ...result, validation };
}
