/** Small model queries shared by several rules (containers, versions, hosts, header fields). */
import type { Container, KeyValue, Pos } from '../../model/schema.js';

/** A pulled image: a parsed `name[:tag]` reference, not a locally built one. */
export function isPulled(c: Container): boolean {
  return c.image.custom === undefined && c.image.name !== undefined;
}

/** `v1.2.0` → `1.2.0`. */
export function normalizeVersion(version: string): string {
  return version.trim().replace(/^v(?=\d)/i, '');
}

/**
 * Compares versions as semver orders them (https://semver.org/#spec-item-11): the dotted release
 * numerically (`1.10.0` > `1.9.0`, missing parts are 0), then a release above its pre-releases
 * (`3.4.1` > `3.4.1-rc.2`), pre-release identifiers numeric below text and each compared in turn;
 * build metadata (`+sha`) is ignored. Parts that are not numbers compare as text.
 */
export function compareVersions(a: string, b: string): number {
  const [releaseA, preA] = splitVersion(a);
  const [releaseB, preB] = splitVersion(b);
  const byRelease = compareParts(releaseA, releaseB, '0');
  if (byRelease !== 0) return byRelease;
  if (preA.length === 0 || preB.length === 0) return Math.sign(preB.length - preA.length);
  return compareParts(preA, preB, undefined);
}

function splitVersion(version: string): [string[], string[]] {
  const v = normalizeVersion(version).replace(/\+.*$/, '');
  const dash = v.indexOf('-');
  return dash < 0 ? [v.split('.'), []] : [v.slice(0, dash).split('.'), v.slice(dash + 1).split('.')];
}

/** Part by part; a missing part is `pad` (release: `0`), or, without one, ranks lower (pre-release). */
function compareParts(pa: string[], pb: string[], pad: string | undefined): number {
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? pad;
    const y = pb[i] ?? pad;
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const d = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : Number.isFinite(nx) ? -1 : Number.isFinite(ny) ? 1 : x < y ? -1 : x > y ? 1 : 0;
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The host of a URL (`https://api.x.cl/health` → `api.x.cl`), lower-cased, or undefined. */
export function urlHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** A `**Key:** value` field by key (case-insensitive). */
export function field(fields: KeyValue[] | undefined, key: string): KeyValue | undefined {
  return fields?.find((f) => f.key.toLowerCase() === key.toLowerCase());
}

/** The value position of a field, else the fallback. */
export function fieldPos(fields: KeyValue[] | undefined, key: string, fallback?: Pos): Pos | undefined {
  const f = field(fields, key);
  return f?.valuePos ?? f?.pos ?? fallback;
}

/** True for a loopback or IP-literal host (never a routed domain nor a container name). */
export function isLocalHost(host: string): boolean {
  return /^(?:localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[?::1\]?|\d+(?:\.\d+){3})$/i.test(host);
}

/** Each item whose key an earlier item already had, paired with that first item, in order: the duplicate rules' walk. */
export function repeats<T>(items: Iterable<T>, keyOf: (item: T) => string): { first: T; again: T }[] {
  const seen = new Map<string, T>();
  const found: { first: T; again: T }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, item);
    else found.push({ first, again: item });
  }
  return found;
}
