/**
 * Live verification: derive the checks from the model, run them, return the LiveReport.
 * The CLI (`bolt verify`) and tests call `verify`; reporters live in `src/report/verify-*.ts`.
 */
import type { Lock, SpecModel } from '../model/schema.js';
import type { Network } from './net.js';
import type { DockerEndpoint } from './probes/docker-api.js';
import type { RegistryTools } from './probes/mcp.js';
import type { PgCredentials } from './probes/postgres.js';
import type { RedisAuth } from './probes/redis.js';
import type { ExpiryPolicy } from './probes/tls.js';
import { runChecks, type RunOptions } from './runner.js';
import { deriveChecks } from './targets.js';
import type { CheckKind, LiveReport } from './types.js';

/** Everything a live run needs. */
export interface VerifyOptions extends Omit<RunOptions, 'net'> {
  model: SpecModel;
  lock?: Lock | undefined;
  net: Network;
  only?: ReadonlySet<CheckKind> | undefined;
  expiry: ExpiryPolicy;
  registry: RegistryTools;
  docker: DockerEndpoint;
  pg?: PgCredentials | undefined;
  redis?: RedisAuth | undefined;
}

/** Runs every check the model implies. */
export async function verify(options: VerifyOptions): Promise<LiveReport> {
  const plans = deriveChecks(options.model, {
    lock: options.lock,
    only: options.only,
    expiry: options.expiry,
    registry: options.registry,
    docker: options.docker,
    pg: options.pg,
    redis: options.redis,
    insecure: options.net.insecure,
  });
  return runChecks(plans, options);
}

export type { CheckKind, CheckResult, CheckStatus, LiveReport, LiveSummary } from './types.js';
