/** The `json` reporter: exactly one object `{ diagnostics, summary }` (DESIGN.md), keys in a fixed order. */
import type { Diagnostic } from '../model/diagnostics.js';
import type { ValidationResult } from '../rules/validate.js';

/**
 * A diagnostic with exactly the contract's keys, in contract order (absent ones left out): the
 * position, then the optional `hint`, `cause` (`{ message, file, line, column }`) and `fixes`
 * (`[{ title, edits: [{ file, line, column, endLine, endColumn, text }] }]`) of the 2026-12
 * contract extension.
 */
function ordered(d: Diagnostic): Record<string, unknown> {
  const o: Record<string, unknown> = { ruleId: d.ruleId, severity: d.severity, message: d.message };
  for (const k of ['file', 'line', 'column', 'endLine', 'endColumn'] as const) if (d[k] !== undefined) o[k] = d[k];
  if (d.hint !== undefined) o.hint = d.hint;
  if (d.cause) {
    const c: Record<string, unknown> = { message: d.cause.message };
    for (const k of ['file', 'line', 'column'] as const) if (d.cause[k] !== undefined) c[k] = d.cause[k];
    o.cause = c;
  }
  if (d.fixes && d.fixes.length > 0) {
    o.fixes = d.fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ file: e.file, line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, text: e.text })) }));
  }
  return o;
}

/** Renders the result as JSON (two-space indent, trailing newline). */
export function formatJson(result: ValidationResult): string {
  const { errors, warnings, infos } = result.summary;
  return `${JSON.stringify({ diagnostics: result.diagnostics.map(ordered), summary: { errors, warnings, infos } }, null, 2)}\n`;
}
