/** The `json` reporter: exactly one object `{ diagnostics, summary }` (DESIGN.md), keys in a fixed order. */
import type { Diagnostic } from '../model/diagnostics.js';
import type { ValidationResult } from '../rules/validate.js';

/**
 * A diagnostic with exactly the contract's keys, in contract order (absent positions left out).
 * Hints and related locations are in the pretty and SARIF formats; consumers of this one may
 * validate it strictly.
 */
function ordered(d: Diagnostic): Record<string, unknown> {
  const o: Record<string, unknown> = { ruleId: d.ruleId, severity: d.severity, message: d.message };
  for (const k of ['file', 'line', 'column', 'endLine', 'endColumn'] as const) if (d[k] !== undefined) o[k] = d[k];
  return o;
}

/** Renders the result as JSON (two-space indent, trailing newline). */
export function formatJson(result: ValidationResult): string {
  const { errors, warnings, infos } = result.summary;
  return `${JSON.stringify({ diagnostics: result.diagnostics.map(ordered), summary: { errors, warnings, infos } }, null, 2)}\n`;
}
