/**
 * bolt.config.yaml: optional, validated against `schemas/bolt.config.schema.json`. Keeps the
 * parsed YAML so later stages (rule severities) can point at the offending line.
 */
import type { Severity } from './model/diagnostics.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { boltError } from './errors/index.js';
import type { Pos } from './model/schema.js';
import { displayPath } from './paths.js';
import { parseYamlFile, validateYaml, type YamlFile } from './read/yaml-file.js';


/** The configuration (all optional). */
export interface BoltConfig {
  spec?: string[] | undefined;
  lock?: string | undefined;
  out?: string | undefined;
  templates?: string | undefined;
  /** A folder of MCP tool input schemas (`<tool name>.json`), default `schemas/tools` when present. */
  toolSchemas?: string | undefined;
  rules?: Record<string, Severity | 'off'> | undefined;
  live?:
    | {
        timeout?: number;
        retries?: number;
        concurrency?: number;
        minDays?: number;
        caFile?: string;
        insecure?: boolean;
        only?: string[];
        resolve?: string[];
        connectTo?: string[];
        /** Where published ports are probed from (`bolt verify --from`). */
        from?: 'network' | 'host';
        /** The server's address for `from: host` (`bolt verify --host`). */
        host?: string;
      }
    | undefined;
  docs?: { base?: string; url?: string; serve?: { host?: string; path?: string; root?: string } } | undefined;
  /** Deploy targets `bolt build` writes: `compose` (default) and `stack` (a Docker Swarm stack). */
  targets?: ('compose' | 'stack')[] | undefined;
  /** The stack joins Dokploy's external `dokploy-network`. */
  dokploy?: boolean | undefined;
  /** The stack's edge: Caddy from the spec (default) or Dokploy's Traefik (router labels, no Caddy service). */
  proxy?: 'caddy' | 'traefik' | undefined;
  /** Traefik settings for `proxy: traefik`. */
  traefik?: { certResolver?: string } | undefined;
  /** The file it came from, when any. */
  file?: string | undefined;
  /** Position of a key in the file (`rulePos('inventory/unpinned-image')`). */
  pos?: ((path: (string | number)[]) => Pos) | undefined;
}

/** Default config file name. */
export const CONFIG_FILE = 'bolt.config.yaml';

/** Parses and validates config text. */
export function parseConfig(file: string, text: string): BoltConfig {
  const y: YamlFile = parseYamlFile(file, text);
  if (y.value === null || y.value === undefined) return { file };
  validateYaml(y, 'bolt.config.schema.json');
  const raw = y.value as Omit<BoltConfig, 'spec'> & { spec?: string | string[] };
  return { ...raw, spec: raw.spec === undefined ? undefined : Array.isArray(raw.spec) ? raw.spec : [raw.spec], file, pos: (path) => y.pos(path, true) };
}

/** Loads `--config FILE` (must exist) or `bolt.config.yaml` when present. */
export async function loadConfig(cwd: string, explicit?: string): Promise<BoltConfig> {
  const path = resolve(cwd, explicit ?? CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && explicit === undefined) return {};
    throw boltError('ConfigUnreadable', { reason: (error as Error).message }, { location: { file: displayPath(cwd, path) } });
  }
  return parseConfig(displayPath(cwd, path), text.replace(/^\ufeff/, ''));
}

/** Defaults when `docs.serve` leaves them out (the Caddyfile generator and `routing/access-widened` read them). */
export const DOCS_SERVE_DEFAULTS = { host: 'smarterbot.cl', path: '/docs/', root: '/srv/smarteros/docs' } as const;
