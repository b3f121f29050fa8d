/**
 * Runs checks: at most `concurrency` at a time, each attempt under its own timeout, the whole run
 * under a deadline; dependents of a check that did not pass are skipped; network errors are
 * retried (`retries`) and a pass on a retry is marked flaky. Every wait races the abort signal,
 * so a probe that ignores it still cannot hang the run.
 */
import { setMaxListeners } from 'node:events';
import { describeNetworkError, isNetworkError, isRetryable, type Network, resolveTarget } from './net.js';
import { type CheckPlan, type CheckResult, type CheckStatus, isFailure, type LiveReport, type Outcome } from './types.js';

/** How to run. */
export interface RunOptions {
  net: Network;
  concurrency: number;
  /** Per attempt, in ms. */
  timeoutMs: number;
  /** For the whole run, in ms. */
  deadlineMs: number;
  retries: number;
  /** Skip checks whose endpoint no `--resolve`/`--connect-to` maps (never touch DNS). */
  mappedOnly?: boolean | undefined;
  /** Called when a check starts or ends. */
  onProgress?: ((done: number, total: number, running: readonly CheckPlan[]) => void) | undefined;
}

/** A counting semaphore whose waiters leave the queue when the signal aborts. */
class Limiter {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  constructor(private readonly max: number) {}
  /** Resolves true with a slot, or false when `signal` aborted first. */
  acquire(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const grant = (): void => {
        signal.removeEventListener('abort', cancel);
        resolve(true);
      };
      const cancel = (): void => {
        const i = this.queue.indexOf(grant);
        if (i >= 0) this.queue.splice(i, 1);
        resolve(false);
      };
      this.queue.push(grant);
      signal.addEventListener('abort', cancel, { once: true });
    });
  }
  /** Hands the slot to the next waiter, or frees it. */
  release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.active--;
  }
}

/** Rejects when the signal aborts (with its reason). */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** Waits `ms`, or less when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      resolve();
    };
    const timer = setTimeout(stop, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

const PAST: Record<CheckStatus, string> = { pass: 'passed', fail: 'failed', skip: 'was skipped', error: 'errored', timeout: 'timed out' };

/** The outcome of one attempt; `retry` when a network error may be cured by trying again. */
interface Attempt {
  status: CheckStatus;
  outcome: Omit<Outcome, 'status'>;
  retry: boolean;
}

async function attempt(plan: CheckPlan, opts: RunOptions, deadline: AbortSignal, deps: ReadonlyMap<string, CheckResult>, n: number): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${opts.timeoutMs} ms`)), opts.timeoutMs);
  const onDeadline = (): void => controller.abort(new Error(`run deadline of ${opts.deadlineMs} ms reached`));
  deadline.addEventListener('abort', onDeadline, { once: true });
  if (deadline.aborted) onDeadline();
  const ctx = { signal: controller.signal, timeoutMs: opts.timeoutMs, net: opts.net, deps, attempt: n };
  const probe = Promise.resolve().then(() => plan.run(ctx));
  probe.catch(() => undefined);
  try {
    const outcome = await Promise.race([probe, aborted(controller.signal)]);
    const { status, ...rest } = outcome;
    return { status, outcome: rest, retry: false };
  } catch (error) {
    if (controller.signal.aborted) {
      return { status: 'timeout', outcome: { detail: (controller.signal.reason as Error).message }, retry: false };
    }
    if (isNetworkError(error)) {
      const at = (error as { where?: string }).where;
      return { status: 'fail', outcome: { detail: describeNetworkError(error, at) }, retry: isRetryable(error) };
    }
    return { status: 'error', outcome: { detail: (error as Error)?.message ?? String(error) }, retry: false };
  } finally {
    // No abort() on a settled probe: its sockets are closed already, and an AbortError costs a stack trace.
    clearTimeout(timer);
    deadline.removeEventListener('abort', onDeadline);
  }
}

function result(plan: CheckPlan, status: CheckStatus, outcome: Omit<Outcome, 'status'>, ms: number, attempts: number): CheckResult {
  return {
    id: plan.id,
    kind: plan.kind,
    target: plan.target,
    title: plan.title,
    result: status,
    ok: status === 'pass',
    ms: Math.round(ms),
    detail: outcome.detail,
    expected: outcome.expected,
    actual: outcome.actual,
    warning: outcome.warning,
    attempts,
    flaky: status === 'pass' && attempts > 1,
    dependsOn: plan.dependsOn,
    source: plan.source,
    ...(plan.service !== undefined ? { service: plan.service } : {}),
    data: outcome.data,
  };
}

/** Runs the plans and returns the report, checks in plan order. */
export async function runChecks(plans: readonly CheckPlan[], opts: RunOptions): Promise<LiveReport> {
  const started = performance.now();
  const ids = new Set(plans.map((p) => p.id));
  const limiter = new Limiter(Math.max(1, opts.concurrency));
  const deadline = new AbortController();
  // Every queued and running check listens to the deadline: many listeners are expected.
  setMaxListeners(0, deadline.signal);
  const deadlineTimer = setTimeout(() => deadline.abort(), opts.deadlineMs);
  const done = new Map<string, CheckResult>();
  const promises = new Map<string, Promise<CheckResult>>();
  const running = new Set<CheckPlan>();
  const progress = (): void => opts.onProgress?.(done.size, plans.length, [...running]);

  const runOne = async (plan: CheckPlan): Promise<CheckResult> => {
    const deps = plan.dependsOn.filter((d) => ids.has(d));
    const depResults = await Promise.all(deps.map((d) => promises.get(d)!));
    const blocker = depResults.find((r) => r.result !== 'pass');
    if (blocker) return result(plan, 'skip', { detail: `skipped: ${blocker.kind} ${blocker.target} ${PAST[blocker.result]}` }, 0, 0);
    if (opts.mappedOnly && plan.endpoint && !resolveTarget(opts.net, plan.endpoint.host, plan.endpoint.port).mapped) {
      return result(plan, 'skip', { detail: `skipped: ${plan.endpoint.host}:${plan.endpoint.port} is not mapped by --resolve/--connect-to (--mapped-only)` }, 0, 0);
    }
    if (!(await limiter.acquire(deadline.signal))) {
      return result(plan, 'timeout', { detail: `not started: run deadline of ${opts.deadlineMs} ms reached` }, 0, 0);
    }
    running.add(plan);
    progress();
    const t0 = performance.now();
    const depMap = new Map(depResults.map((r) => [r.id, r]));
    let last: Attempt | undefined;
    let n = 0;
    try {
      for (n = 1; n <= opts.retries + 1; n++) {
        last = await attempt(plan, opts, deadline.signal, depMap, n);
        if (!last.retry || n > opts.retries || deadline.signal.aborted) break;
        await sleep(Math.min(100 * 2 ** (n - 1), 1000), deadline.signal);
      }
    } finally {
      running.delete(plan);
      limiter.release();
    }
    return result(plan, last!.status, last!.outcome, performance.now() - t0, Math.min(n, opts.retries + 1));
  };

  for (const plan of plans) {
    const p = runOne(plan).then((r) => {
      done.set(plan.id, r);
      progress();
      return r;
    });
    promises.set(plan.id, p);
  }
  const checks = await Promise.all(plans.map((p) => promises.get(p.id)!));
  clearTimeout(deadlineTimer);
  return { checks, summary: summarize(checks, performance.now() - started) };
}

/** Counts results; `failed` includes errors and timeouts. */
export function summarize(checks: readonly CheckResult[], ms: number): LiveReport['summary'] {
  const count = (s: CheckStatus): number => checks.filter((c) => c.result === s).length;
  return {
    total: checks.length,
    passed: count('pass'),
    failed: checks.filter((c) => isFailure(c.result)).length,
    skipped: count('skip'),
    errors: count('error'),
    timeouts: count('timeout'),
    flaky: checks.filter((c) => c.flaky).length,
    warnings: checks.filter((c) => c.warning !== undefined).length,
    ms: Math.round(ms),
  };
}
