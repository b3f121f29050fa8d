import { describe, expect, it } from 'vitest';
import { formatVerifyJson } from '../../src/report/verify-json.js';
import { formatVerifyJunit, xmlEscape } from '../../src/report/verify-junit.js';
import { formatVerifyPretty, progressLine } from '../../src/report/verify-pretty.js';
import { summarize } from '../../src/verify/runner.js';
import type { CheckResult, LiveReport } from '../../src/verify/types.js';

function check(kind: CheckResult['kind'], target: string, result: CheckResult['result'], detail: string, extra: Partial<CheckResult> = {}): CheckResult {
  return { id: `${kind} ${target}`, kind, target, title: 'what it asserts', result, ok: result === 'pass', ms: 12, detail, attempts: 1, flaky: false, dependsOn: [], ...extra };
}

const checks = [
  check('tcp', 'redis:6379', 'pass', 'connected', { attempts: 2, flaky: true }),
  check('tls', 'api.smarterbot.cl:443', 'pass', 'TLSv1.3', { warning: 'certificate expires in 20 days' }),
  check('http', 'https://api.smarterbot.cl/health', 'fail', 'status: expected "healthy", got "degraded"', { expected: '{"status":"healthy"}', actual: '{"status":"degraded"}', source: 'specs/os.md:267:3' }),
  check('redis', 'redis:6379', 'timeout', 'no answer within 500 ms'),
  check('postgres', 'postgres:5432', 'skip', 'skipped: tcp postgres:5432 failed'),
  check('docker', 'engine', 'error', 'bad <xml> & "quotes"\u0001', { data: [1] }),
];
const report: LiveReport = { checks, summary: summarize(checks, 1234) };

describe('LiveReport reporters', () => {
  it('json keeps the DESIGN.md fields and drops probe data', () => {
    const json = JSON.parse(formatVerifyJson(report)) as { checks: Record<string, unknown>[]; summary: Record<string, number> };
    expect(json.checks[2]).toMatchObject({ kind: 'http', target: 'https://api.smarterbot.cl/health', ok: false, ms: 12, detail: 'status: expected "healthy", got "degraded"', result: 'fail', source: 'specs/os.md:267:3' });
    expect(json.checks[5]).not.toHaveProperty('data');
    expect(json.summary).toEqual({ total: 6, passed: 2, failed: 3, skipped: 1, errors: 1, timeouts: 1, flaky: 1, warnings: 1, ms: 1234 });
  });

  it('junit has one testcase per check, failures and errors with detail', () => {
    const xml = formatVerifyJunit(report);
    expect(xml.match(/<testcase /g)).toHaveLength(6);
    expect(xml).toContain('<testsuites name="bolt verify" tests="6" failures="1" errors="2" skipped="1" time="1.234">');
    expect(xml).toContain('<failure message="status: expected &quot;healthy&quot;, got &quot;degraded&quot;" type="fail">');
    expect(xml).toContain('defined at: specs/os.md:267:3</failure>');
    expect(xml).toContain('<error message="no answer within 500 ms" type="timeout">');
    expect(xml).toContain('<skipped message="skipped: tcp postgres:5432 failed"/>');
    expect(xml).toContain('<system-out>flaky: passed on attempt 2</system-out>');
    expect(xml).toContain('bad &lt;xml&gt; &amp; &quot;quotes&quot;');
    expect(xml).not.toContain('\u0001');
    expect(xmlEscape("a'b")).toBe('a&apos;b');
  });

  it('pretty prints a table, expected/actual under failures, and a summary', () => {
    const text = formatVerifyPretty(report, { color: false });
    expect(text.split('\n')[0]).toMatch(/^KIND\s+TARGET\s+RESULT\s+TIME\s+DETAIL$/);
    expect(text).toMatch(/\ntcp\s+redis:6379\s+pass \(flaky\)\s+12ms\s+connected\n/);
    expect(text).toMatch(/\n\s+warning: certificate expires in 20 days\n/);
    expect(text).toMatch(/\n\s+expected: \{"status":"healthy"\}\n\s+actual:\s+\{"status":"degraded"\}\n/);
    expect(text).toMatch(/\n2 passed, 3 failed, 1 skipped \(1 errors, 1 timed out, 1 flaky, 1 warnings\) in 1\.2s\n$/);
    expect(formatVerifyPretty(report, { color: true })).toContain('\u001b[');
  });

  it('progress names the running check', () => {
    expect(progressLine(3, 10, [{ kind: 'tls', target: 'api.smarterbot.cl:443' } as never])).toBe('[3/10] verifying… tls api.smarterbot.cl:443');
  });
});
