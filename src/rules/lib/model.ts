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

/** Compares dotted versions numerically (`1.10.0` > `1.9.0`); non-numeric parts compare as text. */
export function compareVersions(a: string, b: string): number {
  const pa = normalizeVersion(a).split(/[.-]/);
  const pb = normalizeVersion(b).split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    const d = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
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
