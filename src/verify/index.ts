/**
 * Live verification: derive the checks from the model, run them, return the LiveReport.
 * The CLI (`bolt verify`), the library's `verify` and tests call `verify`; reporters live in
 * `src/report/verify-*.ts`. Every option but the model has the CLI's default.
 */
import type { Lock, SpecModel } from '../model/schema.js';
import { parseEndpointMap } from './endpoints.js';
import type { Network } from './net.js';
import { type DockerEndpoint, dockerEndpoint } from './probes/docker-api.js';
import type { RegistryTools } from './probes/mcp.js';
import type { PgCredentials } from './probes/postgres.js';
import type { RedisAuth } from './probes/redis.js';
import type { ExpiryPolicy } from './probes/tls.js';
import { runChecks, type RunOptions } from './runner.js';
import { deriveChecks } from './targets.js';
import type { CheckKind, LiveReport } from './types.js';
import type { Vantage } from './vantage.js';

/** Defaults shared with the CLI. */
export const VERIFY_DEFAULTS = { timeoutMs: 5000, concurrency: 128, retries: 0, minDays: 14 } as const;

/** Everything a live run needs; only `model` is required. */
export interface VerifyOptions extends Partial<Omit<RunOptions, 'net'>> {
  model: SpecModel;
  lock?: Lock | undefined;
  /** Where targets are reached (`--resolve`, `--connect-to`, `--ca-file`, `--insecure`); default: as named, system CAs. */
  net?: Network | undefined;
  only?: ReadonlySet<CheckKind> | undefined;
  expiry?: ExpiryPolicy | undefined;
  /** The registry to compare MCP tools with; default: none (the check is skipped). */
  registry?: RegistryTools | undefined;
  /** Default: from `DOCKER_HOST` or the default socket. */
  docker?: DockerEndpoint | undefined;
  pg?: PgCredentials | undefined;
  redis?: RedisAuth | undefined;
  /** Where port checks run from: the Docker network (default: `name:containerPort`) or the host (`address:publishedPort`). */
  vantage?: Vantage | undefined;
}

/** Runs every check the model implies. */
export async function verify(options: VerifyOptions): Promise<LiveReport> {
  const net = options.net ?? { map: parseEndpointMap(), ca: [], insecure: false };
  const timeoutMs = options.timeoutMs ?? VERIFY_DEFAULTS.timeoutMs;
  const retries = options.retries ?? VERIFY_DEFAULTS.retries;
  const plans = deriveChecks(options.model, {
    lock: options.lock,
    only: options.only,
    expiry: options.expiry ?? { minDays: VERIFY_DEFAULTS.minDays, warnDays: 2 * VERIFY_DEFAULTS.minDays },
    registry: options.registry ?? { file: 'registry.json', missing: 'no registry.json given to compare with' },
    docker: options.docker ?? dockerEndpoint(process.env),
    pg: options.pg,
    redis: options.redis,
    insecure: net.insecure,
    vantage: options.vantage,
  });
  return runChecks(plans, {
    net,
    concurrency: options.concurrency ?? VERIFY_DEFAULTS.concurrency,
    timeoutMs,
    deadlineMs: options.deadlineMs ?? Math.max(60_000, 4 * timeoutMs * (retries + 1)),
    retries,
    mappedOnly: options.mappedOnly,
    onProgress: options.onProgress,
  });
}

export type { CheckKind, CheckResult, CheckStatus, LiveReport, LiveSummary } from './types.js';
export { checkedNothing, nothingChecked } from './types.js';
export type { Vantage } from './vantage.js';
