import { describe, expect, it } from 'vitest';
import { parseEndpointMap } from '../../src/verify/endpoints.js';
import { codedError, type Network } from '../../src/verify/net.js';
import { runChecks, type RunOptions } from '../../src/verify/runner.js';
import type { CheckPlan, Outcome, ProbeContext } from '../../src/verify/types.js';

const net: Network = { map: parseEndpointMap(), ca: [], insecure: false };
const opts = (o: Partial<RunOptions> = {}): RunOptions => ({ net, concurrency: 4, timeoutMs: 1000, deadlineMs: 10_000, retries: 0, ...o });

function plan(id: string, run: (ctx: ProbeContext) => Promise<Outcome>, dependsOn: string[] = []): CheckPlan {
  return { id, kind: 'tcp', target: id, title: id, dependsOn, run };
}
const pass = async (): Promise<Outcome> => ({ status: 'pass', detail: 'ok' });
const never = (): Promise<Outcome> => new Promise(() => undefined);

describe('the runner', () => {
  it('never runs more than `concurrency` checks at once', async () => {
    let active = 0;
    let peak = 0;
    const slow = async (): Promise<Outcome> => {
      peak = Math.max(peak, ++active);
      await new Promise((r) => setTimeout(r, 20));
      active--;
      return { status: 'pass', detail: 'ok' };
    };
    const report = await runChecks(Array.from({ length: 20 }, (_, i) => plan(`c${i}`, slow)), opts({ concurrency: 3 }));
    expect(peak).toBe(3);
    expect(report.summary).toMatchObject({ total: 20, passed: 20, failed: 0 });
  });

  it('skips a check whose dependency failed instead of failing it twice', async () => {
    const refused = async (): Promise<Outcome> => {
      throw codedError('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED');
    };
    const report = await runChecks([plan('tcp', refused), plan('redis', pass, ['tcp'])], opts());
    expect(report.checks.map((c) => [c.id, c.result])).toEqual([['tcp', 'fail'], ['redis', 'skip']]);
    expect(report.checks[0]!.detail).toBe('connection refused');
    expect(report.checks[1]!.detail).toBe('skipped: tcp tcp failed');
    expect(report.summary).toMatchObject({ passed: 0, failed: 1, skipped: 1 });
  });

  it('times out a probe that ignores its signal, within the timeout', async () => {
    const t0 = Date.now();
    const report = await runChecks([plan('hang', never)], opts({ timeoutMs: 200 }));
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(report.checks[0]).toMatchObject({ result: 'timeout', ok: false, detail: 'no answer within 200 ms' });
  });

  it('stops the whole run at the deadline, queued checks included', async () => {
    const t0 = Date.now();
    const report = await runChecks([plan('a', never), plan('b', never)], opts({ concurrency: 1, timeoutMs: 5000, deadlineMs: 300 }));
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(report.checks.map((c) => c.detail)).toEqual(['run deadline of 300 ms reached', 'not started: run deadline of 300 ms reached']);
    expect(report.summary.timeouts).toBe(2);
  });

  it('retries only network errors, and marks a pass on a retry as flaky', async () => {
    let calls = 0;
    const resetOnce = async (): Promise<Outcome> => {
      if (++calls === 1) throw codedError('read ECONNRESET', 'ECONNRESET');
      return { status: 'pass', detail: 'PONG' };
    };
    let failCalls = 0;
    const failing = async (): Promise<Outcome> => (failCalls++, { status: 'fail', detail: 'wrong body' });
    let bugCalls = 0;
    const bug = async (): Promise<Outcome> => {
      bugCalls++;
      throw new TypeError('boom');
    };
    const report = await runChecks([plan('flaky', resetOnce), plan('fail', failing), plan('bug', bug)], opts({ retries: 2 }));
    expect(report.checks.map((c) => [c.result, c.attempts, c.flaky])).toEqual([['pass', 2, true], ['fail', 1, false], ['error', 1, false]]);
    expect([failCalls, bugCalls]).toEqual([1, 1]);
    expect(report.summary).toMatchObject({ flaky: 1, errors: 1, failed: 2 });
  });

  it('skips unmapped endpoints with --mapped-only', async () => {
    const p = { ...plan('x', pass), endpoint: { host: 'api.smarterbot.cl', port: 443 } };
    const report = await runChecks([p], opts({ mappedOnly: true }));
    expect(report.checks[0]).toMatchObject({ result: 'skip', detail: expect.stringContaining('not mapped') });
  });

  it('passes dependency results (and their data) to dependents', async () => {
    const list = async (): Promise<Outcome> => ({ status: 'pass', detail: 'list', data: [1, 2, 3] });
    const reader = async (ctx: ProbeContext): Promise<Outcome> => ({ status: 'pass', detail: String((ctx.deps.get('list')!.data as number[]).length) });
    const report = await runChecks([plan('list', list), plan('reader', reader, ['list'])], opts());
    expect(report.checks[1]!.detail).toBe('3');
  });
});
