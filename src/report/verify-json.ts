/**
 * The `json` LiveReport: DESIGN.md's `{ checks: [{ kind, target, ok, ms, detail }], summary:
 * { passed, failed, skipped } }`, each check extended with its id, result, expected/actual,
 * attempts, flaky, warning, dependsOn, spec source and (port checks) the inventory service; probe
 * data is left out.
 */
import type { LiveReport } from '../verify/types.js';

/** One JSON object, pretty-printed, newline-terminated. */
export function formatVerifyJson(report: LiveReport): string {
  const checks = report.checks.map((c) => ({
    kind: c.kind,
    target: c.target,
    ok: c.ok,
    ms: c.ms,
    detail: c.detail,
    id: c.id,
    title: c.title,
    result: c.result,
    ...(c.expected !== undefined ? { expected: c.expected } : {}),
    ...(c.actual !== undefined ? { actual: c.actual } : {}),
    ...(c.warning !== undefined ? { warning: c.warning } : {}),
    attempts: c.attempts,
    flaky: c.flaky,
    dependsOn: c.dependsOn,
    ...(c.source !== undefined ? { source: c.source } : {}),
    ...(c.service !== undefined ? { service: c.service } : {}),
  }));
  return `${JSON.stringify({ checks, summary: report.summary }, null, 2)}\n`;
}
