/**
 * Moving a platform to a regional domain: the base domain (the one most route hosts end in) is
 * replaced by the regional one in every host name of the model that the outputs use
 * (`api.smarterbot.cl` → `api.smarterbot.com.ar`, `no-reply@smarterbot.cl` → `…@smarterbot.com.ar`).
 * Images are left alone: every country pulls the same ones.
 */
import type { Caddyfile, CaddySegment, SpecModel } from '../../src/model/schema.js';

/** The domain most route hosts (and the API host) are or end in; the longer one on a tie. */
export function baseDomain(model: SpecModel): string | undefined {
  const hosts = [...(model.routing?.routes.map((r) => r.host) ?? []), ...(model.api?.host ? [model.api.host] : [])].map((h) => h.toLowerCase());
  // How many hosts are each label suffix or end in it, counted in one pass (not per candidate).
  const counts = new Map<string, number>();
  for (const h of hosts) {
    const labels = h.split('.');
    for (let i = 0; i < labels.length; i++) {
      const suffix = labels.slice(i).join('.');
      counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
    }
  }
  let best: { domain: string; count: number } | undefined;
  for (const host of new Set(hosts)) {
    const labels = host.split('.');
    for (let i = 0; i <= labels.length - 2; i++) {
      const domain = labels.slice(i).join('.');
      const count = counts.get(domain) ?? 0;
      if (!best || count > best.count || (count === best.count && domain.length > best.domain.length)) best = { domain, count };
    }
  }
  return best?.domain;
}

/** `host` with `base` replaced by `region` when it is `base` or a subdomain of it. */
export function rebaseHost(host: string, base: string, region: string): string {
  const h = host.toLowerCase();
  if (h === base) return region;
  return h.endsWith(`.${base}`) ? `${host.slice(0, host.length - base.length)}${region}` : host;
}

/** Every host name inside free text (URLs, e-mail addresses) rebased. */
export function rebaseText(text: string, base: string, region: string): string {
  return text.replace(/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, (host) => rebaseHost(host, base, region));
}

/** Caddyfile segments with every host name in their tokens rebased (`header … https://x.cl`, `host` matchers). */
function rebaseSegments(segments: CaddySegment[], text: (t: string) => string): CaddySegment[] {
  return segments.map((s) => ({ ...s, tokens: s.tokens.map((t) => ({ ...t, text: text(t.text) })), ...(s.block ? { block: rebaseSegments(s.block, text) } : {}) }));
}

/** The spec's Caddyfile block as the region serves it: addresses, upstreams and directive tokens rebased. */
function rebaseCaddyfile(caddy: Caddyfile, text: (t: string) => string): Caddyfile {
  return {
    ...caddy,
    ...(caddy.global ? { global: rebaseSegments(caddy.global, text) } : {}),
    ...(caddy.snippets ? { snippets: caddy.snippets.map((s) => ({ ...s, block: rebaseSegments(s.block, text) })) } : {}),
    ...(caddy.imports ? { imports: rebaseSegments(caddy.imports, text) } : {}),
    sites: caddy.sites.map((s) => ({
      ...s,
      addresses: s.addresses.map(text),
      upstreams: s.upstreams.map((u) => ({ ...u, raw: text(u.raw), host: text(u.host) })),
      ...(s.block ? { block: rebaseSegments(s.block, text) } : {}),
    })),
  };
}

/** A copy of the model as the regional installation sees it. */
export function rebaseModel(model: SpecModel, base: string, region: string): SpecModel {
  const host = (h: string): string => rebaseHost(h, base, region);
  const text = (t: string): string => rebaseText(t, base, region);
  return {
    ...model,
    ...(model.routing && {
      routing: {
        ...model.routing,
        routes: model.routing.routes.map((r) => ({ ...r, host: host(r.host), target: r.external ? host(r.target) : r.target })),
        ...(model.routing.caddyfile ? { caddyfile: rebaseCaddyfile(model.routing.caddyfile, text) } : {}),
      },
    }),
    ...(model.api && { api: { ...model.api, ...(model.api.host && { host: host(model.api.host) }) } }),
    ...(model.monitoring && { monitoring: { ...model.monitoring, healthUrls: model.monitoring.healthUrls.map((u) => ({ ...u, url: text(u.url) })) } }),
    ...(model.secrets && { secrets: { ...model.secrets, keys: model.secrets.keys.map((k) => ({ ...k, value: text(k.value) })) } }),
  };
}
