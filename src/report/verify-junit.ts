/**
 * The `junit` LiveReport: one `<testsuite>` per kind, one `<testcase>` per check named
 * `kind target — what it asserts`; fail → `<failure>`, error/timeout → `<error>`, skip →
 * `<skipped>`, each with the detail and expected/actual.
 */
import type { CheckResult, LiveReport } from '../verify/types.js';
import { CHECK_KINDS } from '../verify/types.js';

/** Escapes text for XML attributes and content, dropping characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const secs = (ms: number): string => (ms / 1000).toFixed(3);

function body(c: CheckResult): string {
  const lines = [c.detail];
  if (c.expected !== undefined) lines.push(`expected: ${c.expected}`);
  if (c.actual !== undefined) lines.push(`actual: ${c.actual}`);
  if (c.source) lines.push(`defined at: ${c.source}`);
  return xmlEscape(lines.join('\n'));
}

function testcase(c: CheckResult): string {
  const name = xmlEscape(`${c.kind} ${c.target} — ${c.title}`);
  const open = `    <testcase classname="bolt.verify.${c.kind}" name="${name}" time="${secs(c.ms)}"`;
  const msg = xmlEscape(c.detail);
  switch (c.result) {
    case 'pass': {
      const out = c.warning || c.flaky ? `\n      <system-out>${xmlEscape([c.warning ? `warning: ${c.warning}` : '', c.flaky ? `flaky: passed on attempt ${c.attempts}` : ''].filter(Boolean).join('\n'))}</system-out>\n    ` : '';
      return out ? `${open}>${out}</testcase>` : `${open}/>`;
    }
    case 'skip':
      return `${open}>\n      <skipped message="${msg}"/>\n    </testcase>`;
    case 'fail':
      return `${open}>\n      <failure message="${msg}" type="fail">${body(c)}</failure>\n    </testcase>`;
    default:
      return `${open}>\n      <error message="${msg}" type="${c.result}">${body(c)}</error>\n    </testcase>`;
  }
}

/** The JUnit XML document. */
export function formatVerifyJunit(report: LiveReport): string {
  const suites: string[] = [];
  for (const kind of CHECK_KINDS) {
    const cases = report.checks.filter((c) => c.kind === kind);
    if (cases.length === 0) continue;
    const failures = cases.filter((c) => c.result === 'fail').length;
    const errors = cases.filter((c) => c.result === 'error' || c.result === 'timeout').length;
    const skipped = cases.filter((c) => c.result === 'skip').length;
    const time = cases.reduce((t, c) => t + c.ms, 0);
    suites.push(
      `  <testsuite name="bolt verify ${kind}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${secs(time)}">\n${cases.map(testcase).join('\n')}\n  </testsuite>`,
    );
  }
  const s = report.summary;
  const failures = report.checks.filter((c) => c.result === 'fail').length;
  const errors = s.errors + s.timeouts;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bolt verify" tests="${s.total}" failures="${failures}" errors="${errors}" skipped="${s.skipped}" time="${secs(s.ms)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
