/**
 * From what a caller says (CLI flags, `bolt mcp` tool input, `snapshot --live`) and the config's
 * `live:` block to the `VerifyOptions` of one run: the single place where verify's options are
 * assembled, so every caller gets the same defaults, limits and error messages.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BoltConfig } from '../config.js';
import { boltError } from '../errors/index.js';
import type { LoadedSpecs } from '../load/index.js';
import { parseEndpointMap } from './endpoints.js';
import { type VerifyOptions, VERIFY_DEFAULTS } from './index.js';
import { dockerEndpoint } from './probes/docker-api.js';
import { pgCredentials } from './probes/postgres.js';
import { redisAuth } from './probes/redis.js';
import { loadRegistryTools } from './registry.js';
import { CHECK_KINDS, type CheckKind } from './types.js';
import { chooseVantage } from './vantage.js';

/** What a caller may set; each value overrides the config's `live:` key of the same meaning. */
export interface VerifyRequest {
  resolve?: string[] | undefined;
  connectTo?: string[] | undefined;
  caFile?: string[] | undefined;
  insecure?: boolean | undefined;
  /** Milliseconds; strings are accepted as typed on a command line. */
  timeout?: string | number | undefined;
  deadline?: string | number | undefined;
  retries?: string | number | undefined;
  concurrency?: string | number | undefined;
  /** Check kinds, as a list or comma-separated. */
  only?: string | string[] | undefined;
  minDays?: string | number | undefined;
  warnDays?: string | number | undefined;
  /** registry.json to compare MCP tools with (default `out/registry.json`). */
  registry?: string | undefined;
  mappedOnly?: boolean | undefined;
  /** Where port checks run from: `network` or `host` (default: `host` when a server address is given, else `network`). */
  from?: string | undefined;
  /** The server's address for `from: host`. */
  host?: string | undefined;
}

/** A non-negative integer option (or config value), or its default. */
function integer(name: string, raw: string | number | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const text = String(raw);
  if (!/^\d+$/.test(text) || Number(text) < min) throw boltError('InvalidFlagValue', { what: 'value', flag: `--${name}`, value: text, expected: `an integer ≥ ${min}` }, { flag: `--${name}` });
  return Number(text);
}

/** The kinds to run, or undefined for all of them. */
function kinds(list: string[] | undefined): Set<CheckKind> | undefined {
  if (!list) return undefined;
  const only = new Set<CheckKind>();
  for (const raw of list.map((k) => k.trim()).filter(Boolean)) {
    const kind = CHECK_KINDS.find((k) => k === raw);
    if (!kind) throw boltError('UnknownFlagValue', { flag: '--only', value: raw, choices: CHECK_KINDS.map((k) => `\`${k}\``).join(', ') }, { flag: '--only' });
    only.add(kind);
  }
  if (only.size === 0) throw boltError('MissingFlagValue', { flag: '--only', value: CHECK_KINDS.join(',') }, { flag: '--only' });
  return only;
}

async function readCa(cwd: string, files: string[]): Promise<string[]> {
  return Promise.all(
    files.map(async (file) => {
      let text: string;
      try {
        text = await readFile(resolve(cwd, file), 'utf8');
      } catch (error) {
        throw boltError('CaFileUnreadable', { reason: (error as Error).message }, { flag: '--ca-file' });
      }
      if (!text.includes('-----BEGIN CERTIFICATE-----')) {
        throw boltError('CaFileNotPem', {}, { location: { file } });
      }
      return text;
    }),
  );
}

/**
 * The options of one verify run: the request over the config's `live:` block over the defaults,
 * CA files read, registry.json loaded, credentials from `env` (PGUSER, REDISCLI_AUTH, DOCKER_HOST…).
 * Throws a BoltError (exit 2) on a bad value.
 */
export async function verifyOptionsFrom(input: {
  cwd: string;
  config: BoltConfig;
  loaded: LoadedSpecs;
  request: VerifyRequest;
  env: NodeJS.ProcessEnv;
}): Promise<VerifyOptions> {
  const { cwd, config, loaded, request, env } = input;
  const live = config.live ?? {};
  const onlyList = request.only !== undefined ? (Array.isArray(request.only) ? request.only : request.only.split(',')) : live.only;
  const only = kinds(onlyList);
  const timeoutMs = integer('timeout', request.timeout ?? live.timeout, VERIFY_DEFAULTS.timeoutMs, 1);
  const retries = integer('retries', request.retries ?? live.retries, VERIFY_DEFAULTS.retries, 0);
  const concurrency = integer('concurrency', request.concurrency ?? live.concurrency, VERIFY_DEFAULTS.concurrency, 1);
  const deadlineMs = request.deadline === undefined ? undefined : integer('deadline', request.deadline, 0, 1);
  const minDays = integer('min-days', request.minDays ?? live.minDays, VERIFY_DEFAULTS.minDays, 0);
  const warnDays = integer('warn-days', request.warnDays, 2 * minDays, 0);
  const map = parseEndpointMap([...(live.resolve ?? []), ...(request.resolve ?? [])], [...(request.connectTo ?? []), ...(live.connectTo ?? [])]);
  const caFiles = request.caFile ?? (live.caFile ? [live.caFile] : []);
  const vantage = chooseVantage(request.from ?? live.from, request.host ?? live.host);
  return {
    model: loaded.model,
    lock: loaded.lock,
    net: { map, ca: await readCa(cwd, caFiles), insecure: request.insecure ?? live.insecure ?? false },
    only,
    expiry: { minDays, warnDays },
    registry: await loadRegistryTools(cwd, request.registry),
    docker: dockerEndpoint(env),
    pg: pgCredentials(env),
    redis: redisAuth(env),
    concurrency,
    timeoutMs,
    ...(deadlineMs !== undefined ? { deadlineMs } : {}),
    retries,
    mappedOnly: request.mappedOnly ?? false,
    vantage,
  };
}
