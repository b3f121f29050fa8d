/**
 * Errors that end a command with exit code 2: unreadable input, bad usage. Each is an entry of the
 * catalogue (`./catalogue.ts`) thrown with `boltError(name, values, where)`. An input error carries
 * the location of a real file, so the CLI prints one `file:line:column: message` line; a usage
 * error carries the command and flag instead, printed as `bolt COMMAND: message`. Never a stack
 * trace.
 */
import { CATALOGUE, type ErrorName, type ErrorParams, catalogueEntry } from './catalogue.js';

export { CATALOGUE, type ErrorKind, type ErrorName, type ErrorParams, catalogueEntry } from './catalogue.js';

/** Where in a real file the error is. */
export interface ErrorLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** The command line a usage error is about: the command (filled in by the CLI when unknown) and the flag. */
export interface UsageContext {
  command?: string | undefined;
  flag?: string | undefined;
}

/** An input or usage error: exit code 2, printed as one line and a hint. */
export class BoltError extends Error {
  /** The catalogue name (docs/errors.md), when thrown through `boltError`. */
  readonly code: ErrorName | undefined;
  readonly location: ErrorLocation | undefined;
  readonly hint: string | undefined;
  /** Set for usage errors: the command and flag concerned. */
  readonly usage: UsageContext | undefined;
  readonly exitCode = 2;

  constructor(
    message: string,
    options: { location?: ErrorLocation | undefined; hint?: string | undefined; cause?: unknown; code?: ErrorName | undefined; usage?: UsageContext | undefined } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BoltError';
    this.code = options.code;
    this.location = options.location;
    this.hint = options.hint;
    this.usage = options.usage;
  }

  /** `file:line:column: message` (or `bolt COMMAND: message` for usage), then the hint on its own line. */
  format(): string {
    const loc = this.location;
    const where = loc
      ? [loc.file, loc.line, loc.column].filter((p) => p !== undefined).join(':') + ': '
      : this.usage
        ? `bolt${this.usage.command ? ` ${this.usage.command}` : ''}: `
        : '';
    return `${where}${this.message}${this.hint ? `\n  hint: ${this.hint}` : ''}`;
  }
}

/** Where an error is, and overrides: a real file's location, or the command and flag of a usage error. */
export interface ErrorWhere {
  location?: ErrorLocation | undefined;
  command?: string | undefined;
  flag?: string | undefined;
  /** A more specific hint than the catalogue's (e.g. "did you mean"). */
  hint?: string | undefined;
  cause?: unknown;
}

/** The catalogue's error `name` made from `params`, at `where`. */
export function boltError<N extends ErrorName>(name: N, params: ErrorParams<N>, where: ErrorWhere = {}): BoltError {
  const entry = catalogueEntry(name);
  const values = params as Record<string, string>;
  const hint = where.hint ?? (typeof entry.hint === 'function' ? entry.hint(values) : entry.hint);
  const usage = entry.kind === 'usage' || where.command !== undefined || where.flag !== undefined ? { command: where.command, flag: where.flag } : undefined;
  return new BoltError(entry.message(values), { code: name, location: where.location, hint, cause: where.cause, usage });
}

/** True for a BoltError (also across module copies). */
export function isBoltError(error: unknown): error is BoltError {
  return error instanceof Error && error.name === 'BoltError' && 'format' in error;
}

/** The catalogue, for code that lists it. */
export const ERRORS = CATALOGUE;
