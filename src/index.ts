/**
 * Bolt Lab's library API: the stages the CLI is made of, for other code (editors, bots, CI
 * scripts). Importing this module starts nothing: no I/O beyond locating the package, no servers;
 * the live probes are loaded only when `verify` is called.
 *
 * ```ts
 * import { loadConfig, loadSpecs, validate, generate, check } from 'bolt-lab';
 * const config = await loadConfig('path/to/spec-repo');
 * const loaded = await loadSpecs({ cwd: 'path/to/spec-repo', spec: config.spec, lock: config.lock });
 * const { summary } = validate(loaded, config);
 * const files = generate(loaded, config);       // [{ path, contents, generator }] in memory
 * const drift = await check(loaded, config);     // [] when out/ is up to date
 * ```
 */
import type { VerifyOptions } from './verify/index.js';
import type { LiveReport } from './verify/types.js';

// Read, decode, parse and extract.
export { DEFAULT_LOCK, DEFAULT_SPEC, displayPath, extractSpecs, loadSpecs, readSpecFiles } from './parse/load.js';
export type { LoadedSpecs, LoadOptions } from './parse/load.js';
export type { ParseIssue } from './parse/context.js';
export { SECTION_TITLES, sectionIdOf } from './parse/extract/index.js';
export { loadLock, parseLock } from './lock.js';

// Configuration.
export { CONFIG_FILE, loadConfig, parseConfig } from './config.js';
export type { BoltConfig } from './config.js';

// The model (zod schemas double as runtime validators) and helpers over it.
export { Lock, SpecModel } from './model/schema.js';
export type * from './model/schema.js';
export { toolNames, TOOL_NAME } from './model/tool-names.js';
export { isPlaceholder, isSensitiveKey } from './model/secret-values.js';

// Static validation.
export { validate } from './validate.js';
export type { ValidationResult } from './validate.js';
export { summarizeDiagnostics } from './diagnostics.js';
export type { Diagnostic, DiagnosticCause, Severity } from './diagnostics.js';

// Generation, writing and drift.
export { build, check, DEFAULT_OUT, generate, outDirOf, selectGenerators } from './build.js';
export type { BuildOptions, BuildResult, Drift, GenerateOptions, OutputOptions } from './build.js';
export type { GeneratedFile } from './write/index.js';
export { GENERATORS } from '../generators/index.js';
export type { Generator, GeneratorInput, OutputFile } from '../generators/types.js';
export { createTemplates } from './templates.js';
export type { Templates } from './templates.js';

// Errors and the package itself.
export { BoltError, isBoltError } from './errors.js';
export type { ErrorLocation } from './errors.js';
export { PACKAGE_ROOT, packagePath, VERSION } from './paths.js';

// Live verification: types here, the probes loaded on first use.
export type { VerifyOptions } from './verify/index.js';
export type { CheckKind, CheckResult, CheckStatus, LiveReport, LiveSummary } from './verify/types.js';

/** Runs the live checks the model implies (see `bolt verify`); the probes load on the first call. */
export async function verify(options: VerifyOptions): Promise<LiveReport> {
  const live = await import('./verify/index.js');
  return live.verify(options);
}

// The CLI, for embedding (`main(['validate', '--format', 'json'])` resolves to the exit code).
export { main } from './cli/main.js';
export type { CliEnv } from './cli/env.js';
