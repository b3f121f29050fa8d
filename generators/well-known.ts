/**
 * What the compose generator knows about well-known images, as one data table instead of
 * conditionals scattered over the generator. A container is matched by its image name (the
 * inventory's or versions.lock's, registry prefix and tag ignored); an entry adds named volumes, a
 * healthcheck, the services it depends on (when the tier has them) and the secret groups it reads.
 *
 * Rules that are not keyed by image (see `docs/outputs.md`):
 * - the *API container* is the target of the route whose host is the Unified API's host
 *   (`api.smarterbot.cl → smartapi:8000`): it reads every secret group (the unified API is the
 *   client of Supabase, Odoo, n8n, Chatwoot, Resend and the MCP settings), and its healthcheck
 *   calls the API's own health path from "Monitoring & Health" with Python's standard library;
 * - any other container reads the secret groups whose name matches it: the group name's first
 *   word, lower-cased (`Odoo` → `odoo`, `Email (Resend)` → `email`), equals the container name or
 *   one of the entry's `secretGroups`;
 * - Caddy depends on every container a live route targets, and mounts the generated Caddyfile.
 */

/** A healthcheck in Compose form (`test` is exec form; durations as Compose strings). */
export interface Healthcheck {
  test: string[];
  interval: string;
  timeout: string;
  retries: number;
  start_period?: string;
}

/** What an image brings along. */
export interface WellKnownImage {
  /** Image names this entry applies to (without registry host or tag). */
  images: string[];
  /** Named volume suffix → mount path inside the container (`data` → `<container>-data`). */
  volumes: Record<string, string>;
  healthcheck: Healthcheck;
  /** Well-known ids of services it needs, when the same tier has one. */
  dependsOn: string[];
  /** Secret group names (lower-cased first word) it reads besides its container name. */
  secretGroups: string[];
  /** Linux capabilities the image needs. */
  capAdd?: string[];
}

const every = { interval: '30s', timeout: '5s', retries: 5 } as const;

/** Well-known images by id (the id is also what `dependsOn` refers to). */
export const WELL_KNOWN: Record<string, WellKnownImage> = {
  postgres: {
    images: ['postgres', 'library/postgres'],
    volumes: { data: '/var/lib/postgresql/data' },
    // pg_isready only asks whether the server accepts connections: no credentials needed.
    healthcheck: { test: ['CMD', 'pg_isready', '-q'], ...every },
    dependsOn: [],
    secretGroups: ['postgres', 'postgresql', 'database'],
  },
  redis: {
    images: ['redis', 'library/redis'],
    volumes: { data: '/data' },
    healthcheck: { test: ['CMD', 'redis-cli', 'ping'], ...every },
    dependsOn: [],
    secretGroups: ['redis'],
  },
  odoo: {
    images: ['odoo', 'library/odoo'],
    volumes: { data: '/var/lib/odoo' },
    healthcheck: { test: ['CMD', 'curl', '-fsS', 'http://localhost:8069/web/health'], ...every, start_period: '60s' },
    dependsOn: ['postgres'],
    secretGroups: ['odoo'],
  },
  n8n: {
    images: ['n8nio/n8n', 'docker.n8n.io/n8nio/n8n'],
    volumes: { data: '/home/node/.n8n' },
    healthcheck: { test: ['CMD', 'wget', '-qO-', 'http://localhost:5678/healthz'], ...every, start_period: '30s' },
    dependsOn: [],
    secretGroups: ['n8n'],
  },
  vault: {
    images: ['vault', 'hashicorp/vault', 'library/vault'],
    volumes: { data: '/vault/file' },
    healthcheck: { test: ['CMD', 'vault', 'status', '-address=http://127.0.0.1:8200'], ...every },
    dependsOn: [],
    secretGroups: ['vault'],
    // Vault locks its memory so that secrets are never swapped to disk.
    capAdd: ['IPC_LOCK'],
  },
  caddy: {
    images: ['caddy', 'library/caddy'],
    volumes: { data: '/data', config: '/config' },
    healthcheck: { test: ['CMD', 'wget', '-qO-', 'http://localhost:2019/config/'], ...every },
    dependsOn: [],
    secretGroups: ['caddy'],
  },
  chatwoot: {
    images: ['chatwoot/chatwoot'],
    volumes: { storage: '/app/storage' },
    healthcheck: { test: ['CMD', 'wget', '-qO-', 'http://localhost:3000/api'], ...every, start_period: '60s' },
    dependsOn: ['postgres', 'redis'],
    secretGroups: ['chatwoot'],
  },
};

/** Where Caddy reads its configuration inside the container, unless the spec says otherwise. */
export const CADDYFILE_MOUNT = '/etc/caddy/Caddyfile';

/** The well-known id of an image name (`n8nio/n8n` → `n8n`), ignoring a registry host. */
export function wellKnownId(imageName: string | undefined): string | undefined {
  if (!imageName) return undefined;
  // Asked for every container by several generators, and a platform has few distinct images.
  if (knownIds.has(imageName)) return knownIds.get(imageName);
  const id = lookUpWellKnownId(imageName);
  knownIds.set(imageName, id);
  return id;
}

const knownIds = new Map<string, string | undefined>();

function lookUpWellKnownId(imageName: string): string | undefined {
  const name = imageName.toLowerCase();
  const withoutRegistry = name.includes('/') && /[.:]/.test(name.split('/')[0]!) ? name.split('/').slice(1).join('/') : name;
  return Object.entries(WELL_KNOWN).find(([, e]) => e.images.includes(withoutRegistry) || e.images.includes(name))?.[0];
}

/** The key a secret group is matched by: its first word, lower-cased (`Email (Resend)` → `email`). */
export function secretGroupKey(group: string): string {
  return (/[A-Za-z0-9]+/.exec(group)?.[0] ?? group).toLowerCase();
}
