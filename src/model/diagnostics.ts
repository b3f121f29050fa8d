/**
 * The one diagnostic shape (vfile-message's field names), produced by rules and printed by the
 * reporters (pretty, json, sarif, github).
 */
import type { Pos } from './schema.js';

/** Severity, as strings only. */
export type Severity = 'error' | 'warning' | 'info';

/** Where a diagnostic or its cause is: `file` relative to the working directory, 1-based lines and columns. */
export interface Span {
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}

/** A related location ("first defined here"). */
export interface DiagnosticCause extends Span {
  message: string;
}

/**
 * One text replacement: the range `[line:column, endLine:endColumn)` of `file` (1-based, columns in
 * UTF-16 units as everywhere else) becomes `text`. An insertion has an empty range.
 */
export interface TextEdit {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** A mechanical fix of a finding: a title for menus and the edits it makes (all or none). */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** A finding, at its span. */
export interface Diagnostic extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  /** What to do about it. */
  hint?: string | undefined;
  /** The other location involved. */
  cause?: DiagnosticCause | undefined;
  /** Mechanical fixes (`bolt validate --fix`, code actions in `bolt lsp`). */
  fixes?: Fix[] | undefined;
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
  ruleId: 'spec/unparsed' | 'encoding/mojibake' | 'spec/misspelt-section';
  message: string;
  hint?: string | undefined;
  pos: Pos;
}
