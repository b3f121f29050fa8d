/** The `json` reporter: exactly one object `{ diagnostics, summary }` (DESIGN.md), keys in a fixed order. */
import type { Diagnostic } from '../model/diagnostics.js';
import type { ValidationResult } from '../rules/validate.js';

/**
 * A diagnostic with the contract's keys, in contract order (absent positions left out), then the
 * optional `hint` and `cause` (`{ message, file, line, column }`, the related location) that the
 * pretty and SARIF formats show too (DESIGN.md, contract extensions 2026-12).
 */
function ordered(d: Diagnostic): Record<string, unknown> {
  const o: Record<string, unknown> = { ruleId: d.ruleId, severity: d.severity, message: d.message };
  for (const k of ['file', 'line', 'column', 'endLine', 'endColumn'] as const) if (d[k] !== undefined) o[k] = d[k];
  if (d.hint !== undefined) o.hint = d.hint;
  if (d.cause) {
    const cause: Record<string, unknown> = { message: d.cause.message };
    for (const k of ['file', 'line', 'column'] as const) if (d.cause[k] !== undefined) cause[k] = d.cause[k];
    o.cause = cause;
  }
  return o;
}

/** Renders the result as JSON (two-space indent, trailing newline). */
export function formatJson(result: ValidationResult): string {
  const { errors, warnings, infos } = result.summary;
  return `${JSON.stringify({ diagnostics: result.diagnostics.map(ordered), summary: { errors, warnings, infos } }, null, 2)}\n`;
}
