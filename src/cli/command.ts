/**
 * A command, declared once: its flags (a `FlagTable`), positional arguments, description and
 * examples. `bolt COMMAND --help`, `bolt help COMMAND`, the parser and docs/cli.md all read it.
 */
import type { CliEnv } from './env.js';
import { COMMON_FLAGS, type FlagTable, flagLines, flagSynopsis, type Parsed } from './flags.js';

/** Positional arguments: how the usage line writes them, and how many are accepted. */
export interface Positionals {
  /** e.g. `FROM [TO]` */
  usage: string;
  min: number;
  max: number;
  /** What one argument is, for messages: `folder` → "expected at most one folder". */
  noun?: string;
}

/** Everything about a command but its one-line summary (that lives in the command registry). */
export interface CommandSpec<F extends FlagTable = FlagTable> {
  name: string;
  args?: Positionals;
  /** What the command does, before the flags in `--help`. */
  description: string;
  flags: F;
  /** More after the flags (output shapes, lists). */
  notes?: string;
  /** Shown by `--help` only, not in docs/cli.md (lists that other pages document, such as the rules). */
  helpOnly?: () => string;
  /** Runnable command lines, each starting with `bolt NAME`; a `# comment` may follow. */
  examples: readonly string[];
  /** The docs page that explains it in depth (e.g. `docs/verify.md`). */
  docs?: string;
  /** The exit codes, when more than 0 success / 2 bad usage. */
  exitCodes?: string;
  run(parsed: Parsed<F>, env: CliEnv): Promise<number>;
}

/** Declares a command (keeps the flag table's literal types for `run`'s values). */
export function defineCommand<const F extends FlagTable>(spec: CommandSpec<F>): CommandSpec<F> {
  return spec;
}

/** A command module: `src/cli/commands/<name>.ts` exports its declaration as `command`. */
export interface CommandModule {
  command: CommandSpec;
}

/** `bolt build [--out DIR] … [common flags]` */
export function usageLine(spec: CommandSpec): string {
  return ['bolt', spec.name, spec.args?.usage, flagSynopsis(spec.flags), '[common flags]'].filter((p) => p !== undefined && p !== '').join(' ');
}

/** The text `bolt NAME --help` prints. */
export function renderHelp(spec: CommandSpec): string {
  const parts = [`Usage: ${usageLine(spec)}`, spec.description.trimEnd()];
  if (Object.keys(spec.flags).length > 0) parts.push(`Flags:\n${flagLines(spec.flags)}`);
  if (spec.notes) parts.push(spec.notes.trimEnd());
  parts.push(`Examples:\n${spec.examples.map((e) => `  ${e}`).join('\n')}`);
  if (spec.helpOnly) parts.push(spec.helpOnly().trimEnd());
  if (spec.exitCodes) parts.push(`Exit codes: ${spec.exitCodes}`);
  parts.push(`Common flags (before or after the command):\n${flagLines(COMMON_FLAGS)}`);
  return `${parts.join('\n\n')}\n`;
}
