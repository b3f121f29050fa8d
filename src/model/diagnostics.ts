/**
 * The one diagnostic shape (vfile-message's field names), produced by rules and printed by the
 * reporters (pretty, json, sarif, github).
 */
import type { Pos } from './schema.js';

/** Severity, as strings only. */
export type Severity = 'error' | 'warning' | 'info';

/** A related location ("first defined here"). */
export interface DiagnosticCause {
  message: string;
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}

/** A finding. `file` is relative to the working directory; lines and columns are 1-based. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  endLine?: number | undefined;
  endColumn?: number | undefined;
  /** What to do about it. */
  hint?: string | undefined;
  /** The other location involved. */
  cause?: DiagnosticCause | undefined;
}

/** Diagnostic location fields from a model position (nothing when the position is unknown). */
export function at(pos: Pos | undefined): Pick<Diagnostic, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  return pos ? { file: pos.file, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn } : {};
}

/** `{ errors, warnings, infos }` counts. */
export function summarizeDiagnostics(diagnostics: Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** A finding made while reading, turned into a diagnostic by its rule (`spec/unparsed`, `encoding/mojibake`). */
export interface ParseIssue {
  ruleId: 'spec/unparsed' | 'encoding/mojibake';
  message: string;
  hint?: string | undefined;
  pos: Pos;
}
