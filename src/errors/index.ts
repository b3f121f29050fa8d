/**
 * Errors that end a command with exit code 2: unreadable input, bad usage. They carry a location
 * so the CLI can print one `file:line:column: message` line and no stack trace.
 */
export interface ErrorLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** An input or usage error: exit code 2, printed as one line. */
export class BoltError extends Error {
  readonly location: ErrorLocation | undefined;
  readonly hint: string | undefined;
  readonly exitCode = 2;

  constructor(message: string, options: { location?: ErrorLocation | undefined; hint?: string | undefined; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BoltError';
    this.location = options.location;
    this.hint = options.hint;
  }

  /** `file:line:column: message` (as far as the location is known), then the hint on its own line. */
  format(): string {
    const loc = this.location;
    const where = loc ? [loc.file, loc.line, loc.column].filter((p) => p !== undefined).join(':') + ': ' : '';
    return `${where}${this.message}${this.hint ? `\n  hint: ${this.hint}` : ''}`;
  }
}

/** True for a BoltError (also across module copies). */
export function isBoltError(error: unknown): error is BoltError {
  return error instanceof Error && error.name === 'BoltError' && 'format' in error;
}
