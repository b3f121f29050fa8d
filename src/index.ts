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
export { displayPath } from './paths.js';
export { DEFAULT_LOCK, DEFAULT_SPEC, extractSpecs, loadSpecs, readSpecFiles } from './load/index.js';
export type { LoadedSpecs, LoadOptions } from './load/index.js';
export type { ParseIssue } from './model/diagnostics.js';
export { SECTION_TITLES, sectionIdOf } from './model/sections.js';
export { loadLock, parseLock } from './lock/read.js';

// Configuration.
export { CONFIG_FILE, loadConfig, parseConfig } from './config.js';
export type { BoltConfig } from './config.js';

// The model (zod schemas double as runtime validators) and helpers over it.
export { Lock, SpecModel } from './model/schema.js';
export type * from './model/schema.js';
export { toolNames, TOOL_NAME } from './model/tool-names.js';
export { isPlaceholder, isSensitiveKey } from './model/secret-values.js';

// Static validation.
export { validate } from './rules/validate.js';
export type { ValidationResult } from './rules/validate.js';
export { summarizeDiagnostics } from './model/diagnostics.js';
export type { Diagnostic, DiagnosticCause, Severity } from './model/diagnostics.js';

// Generation, writing and drift.
export { build, check, DEFAULT_OUT, generate, outDirOf, selectGenerators } from './pipeline/build.js';
export type { BuildOptions, BuildResult, Drift, GenerateOptions, OutputOptions } from './pipeline/build.js';
export type { GeneratedFile } from './write/index.js';
export { GENERATORS } from '../generators/index.js';
export type { Generator, GeneratorInput, OutputFile } from '../generators/types.js';
export { createTemplates } from './templates.js';
export type { Templates } from './templates.js';

// Errors and the package itself.
export { BoltError, isBoltError } from './errors/index.js';
export type { ErrorLocation } from './errors/index.js';
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
