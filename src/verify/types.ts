/**
 * The shapes of live verification: a planned check (what to probe and how), what a probe returns,
 * and the LiveReport the reporters print.
 */
import type { Network } from './net.js';

/** The kinds of live check, in report order. */
export const CHECK_KINDS = ['tcp', 'tls', 'http', 'postgres', 'redis', 'docker', 'mcp'] as const;
/** A kind of live check. */
export type CheckKind = (typeof CHECK_KINDS)[number];

/** How a check ended. `error`: the probe could not be carried out; `timeout`: it ran out of time. */
export type CheckStatus = 'pass' | 'fail' | 'skip' | 'error' | 'timeout';

/** What a probe reports for one attempt (network errors are thrown instead, so they can be retried). */
export interface Outcome {
  status: 'pass' | 'fail' | 'skip' | 'error';
  /** One line: what was found (`200 OK, 5 fields as expected`) or why it failed. */
  detail: string;
  expected?: string | undefined;
  actual?: string | undefined;
  /** Set on a pass that is close to failing (a certificate inside the warning band). */
  warning?: string | undefined;
  /** Data for dependent checks (the Docker container list). Not reported. */
  data?: unknown;
}

/** What a probe gets: the abort signal (per-check timeout and run deadline), the network, its dependencies' results. */
export interface ProbeContext {
  signal: AbortSignal;
  timeoutMs: number;
  net: Network;
  deps: ReadonlyMap<string, CheckResult>;
  attempt: number;
}

/** A check to run: identity, dependencies, and the probe. */
export interface CheckPlan {
  /** Unique: `kind target`. */
  id: string;
  kind: CheckKind;
  /** What is probed, as a user would write it: `api.smarterbot.cl:443`, a URL, a container name. */
  target: string;
  /** What the check asserts, for JUnit names: `certificate valid for the host, trusted, ≥14 days`. */
  title: string;
  /** Ids of checks that must pass first; when one does not, this one is skipped. */
  dependsOn: string[];
  /** Where the spec defines the target (`specs/os.md:267:3`). */
  source?: string | undefined;
  /** The inventory container a port check is about (its target may be the server's address). */
  service?: string | undefined;
  /** The host:port the check connects to, for `--mapped-only` (none for local probes). */
  endpoint?: { host: string; port: number } | undefined;
  run(ctx: ProbeContext): Promise<Outcome>;
}

/** One reported check. `ok`/`ms`/`detail` are the DESIGN.md contract, the rest are additions. */
export interface CheckResult {
  id: string;
  kind: CheckKind;
  target: string;
  title: string;
  result: CheckStatus;
  ok: boolean;
  ms: number;
  detail: string;
  expected?: string | undefined;
  actual?: string | undefined;
  warning?: string | undefined;
  attempts: number;
  /** Passed on a retry after a network error. */
  flaky: boolean;
  dependsOn: string[];
  source?: string | undefined;
  /** The inventory container a port check is about. */
  service?: string | undefined;
  /** Probe data for dependents; dropped by the reporters. */
  data?: unknown;
}

/** The summary of a run: `passed + failed + skipped` is the number of checks. */
export interface LiveSummary {
  total: number;
  passed: number;
  /** `fail` + `error` + `timeout`. */
  failed: number;
  skipped: number;
  errors: number;
  timeouts: number;
  flaky: number;
  warnings: number;
  ms: number;
}

/** The outcome of `bolt verify`. */
export interface LiveReport {
  checks: CheckResult[];
  summary: LiveSummary;
}

/**
 * True when a run checked nothing: no check, or every check skipped (no Docker, `--mapped-only`
 * with nothing mapped, every prerequisite skipped). Such a run proves nothing, so `bolt verify`
 * exits 1 unless `--allow-empty`.
 */
export function checkedNothing(summary: Pick<LiveSummary, 'total' | 'skipped'>): boolean {
  return summary.skipped === summary.total;
}

/** What to say about a run that checked nothing: the message and a hint. */
export function nothingChecked(summary: Pick<LiveSummary, 'total'>): { message: string; hint: string } {
  return {
    message: `nothing was checked: ${summary.total === 0 ? 'the spec implies no check' : `every one of the ${summary.total} checks was skipped`}`,
    hint: 'reach the targets (--connect-to, --resolve, --from/--host), widen --only, or pass --allow-empty to accept an empty run',
  };
}

/** True when a result counts as failed for the exit code. */
export function isFailure(result: CheckStatus): boolean {
  return result === 'fail' || result === 'error' || result === 'timeout';
}
