/**
 * The image runtime catalogue: the facts of every well-known image (one file per family) and the
 * lookup from an image reference as written in a spec or versions.lock (`postgres:15`,
 * `docker.io/library/postgres:15@sha256:…`, `registry.local:5000/n8nio/n8n:1.75`) to its facts.
 */
import { caddy } from './caddy.js';
import { chatwoot } from './chatwoot.js';
import { grafana, grafanaOss } from './grafana.js';
import { keycloak } from './keycloak.js';
import { mariadb, mysql } from './mariadb.js';
import { minio } from './minio.js';
import { n8n } from './n8n.js';
import { nginx } from './nginx.js';
import { odoo } from './odoo.js';
import { postgres } from './postgres.js';
import { prometheus } from './prometheus.js';
import { redis, valkey } from './redis.js';
import { traefik } from './traefik.js';
import { hashicorpVault, vault } from './vault.js';
import type { ImageFacts, ImageRole } from './types.js';

export type * from './types.js';

/** Every catalogue entry, sorted by id. */
export const IMAGES: readonly ImageFacts[] = [caddy, chatwoot, grafana, grafanaOss, hashicorpVault, keycloak, mariadb, minio, mysql, n8n, nginx, odoo, postgres, prometheus, redis, traefik, valkey, vault];

/** An image reference split into its parts; `path` has no registry host and no `library/`. */
export interface ImageRefParts {
  registry?: string;
  path: string;
  tag?: string;
  digest?: string;
}

/** Registry hosts that mean Docker Hub, where official images live under `library/`. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/**
 * Splits `[registry[:port]/]path[:tag][@digest]`. The first segment is a registry host when it has a
 * dot or a port or is `localhost` (Docker's own rule); a colon after the last slash starts the tag.
 */
export function parseImageRef(ref: string): ImageRefParts {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const segments = rest.split('/');
  let registry: string | undefined;
  if (segments.length > 1 && (/[.:]/.test(segments[0]!) || segments[0] === 'localhost')) registry = segments.shift()!.toLowerCase();
  let path = segments.join('/').toLowerCase();
  if (path.startsWith('library/') && (registry === undefined || DOCKER_HUB.has(registry))) path = path.slice('library/'.length);
  return { ...(registry !== undefined && !DOCKER_HUB.has(registry) ? { registry } : {}), path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

const byRepository = new Map<string, ImageFacts>(IMAGES.flatMap((facts) => facts.repositories.map((r) => [r, facts] as const)));

/**
 * The catalogue entry of an image reference, or undefined for an image the catalogue does not
 * know. The registry host is ignored: a mirror (`registry.local:5000/postgres`) runs the same image.
 */
export function lookupImage(ref: string | undefined): ImageFacts | undefined {
  if (!ref) return undefined;
  return byRepository.get(parseImageRef(ref).path);
}

/** The numeric release of a tag (`15.4-alpine` → [15, 4]), or undefined for `latest`, `alpine`, `RELEASE.…`. */
export function tagVersion(tag: string | undefined): number[] | undefined {
  const match = tag ? /^v?(\d+(?:\.\d+)*)(?:$|[-_+])/.exec(tag) : null;
  return match ? match[1]!.split('.').map(Number) : undefined;
}

/** Compares two numeric releases on their common length (`1.15` > `1.13.3`; `15` = `15.4`). */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The facts of `ref` with its tag applied: tools of the tag's variant, data directories of its release. */
export function factsFor(ref: string | undefined): ImageFacts | undefined {
  const facts = lookupImage(ref);
  if (!facts || !ref) return facts;
  const { tag } = parseImageRef(ref);
  const tools = facts.toolsByTag?.find((t) => tag !== undefined && t.match.test(tag))?.tools;
  const version = tagVersion(tag);
  const byTag = version ? [...(facts.byTag ?? [])].reverse().find((b) => compareVersions(version, tagVersion(b.since) ?? []) >= 0) : undefined;
  if (!tools && !byTag) return facts;
  return { ...facts, ...(tools ? { tools } : {}), ...(byTag?.dataDirs ? { dataDirs: byTag.dataDirs } : {}) };
}

/** The role of a container running `facts`' image (`sidekiq` worker), matched on its name and purpose. */
export function roleOf(facts: ImageFacts, name: string, purpose: string): ImageRole | undefined {
  return facts.roles?.find((r) => r.match.test(name) || r.match.test(purpose));
}

/** Whether a healthcheck can run in the image: its binary is one of the image's tools. */
export function healthcheckRuns(facts: ImageFacts, test: readonly string[]): boolean {
  return test.length > 0 && facts.tools.includes(test[0]!);
}
