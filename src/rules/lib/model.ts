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

/** A Caddy site address reduced to its host: scheme and port dropped, lower-cased. */
export function addressHost(address: string): string {
  return address
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .replace(/:\d+$/, '')
    .toLowerCase();
}

/** True when a site host (`*.x.cl` allowed) serves `host`. */
export function hostMatches(siteHost: string, host: string): boolean {
  if (siteHost === host.toLowerCase()) return true;
  if (!siteHost.startsWith('*.')) return false;
  const rest = host.toLowerCase().split('.').slice(1).join('.');
  return rest === siteHost.slice(2);
}

/** The part after the first label (`api.x.cl` → `x.cl`), lower-cased: what a `*.x.cl` site matches. */
function parentOf(host: string): string {
  return host.toLowerCase().split('.').slice(1).join('.');
}

/**
 * Site hosts (`*.x.cl` allowed) indexed once, so asking which site serves a host is a look-up
 * instead of a scan of every site (`hostMatches` per pair made the routing rules quadratic).
 */
export interface HostIndex {
  /** The position of the first site host that serves `host` (as `hostMatches`), if any. */
  first(host: string): number | undefined;
}

/** Indexes `siteHosts` (already reduced by `addressHost`), positions in the given order. */
export function hostIndex(siteHosts: readonly string[]): HostIndex {
  const exact = new Map<string, number>();
  const wildcard = new Map<string, number>();
  siteHosts.forEach((h, i) => {
    if (!exact.has(h)) exact.set(h, i);
    if (h.startsWith('*.') && !wildcard.has(h.slice(2))) wildcard.set(h.slice(2), i);
  });
  return {
    first(host) {
      const a = exact.get(host.toLowerCase());
      const b = wildcard.get(parentOf(host));
      return a === undefined ? b : b === undefined ? a : Math.min(a, b);
    },
  };
}

/** Hosts (routed host names) indexed for the reverse question: does any of them match a site host? */
export function routedHostSet(hosts: readonly string[]): (siteHost: string) => boolean {
  const exact = new Set(hosts.map((h) => h.toLowerCase()));
  const parents = new Set(hosts.map(parentOf));
  return (siteHost) => exact.has(siteHost) || (siteHost.startsWith('*.') && parents.has(siteHost.slice(2)));
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
