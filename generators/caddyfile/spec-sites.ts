/**
 * The spec's Caddyfile block carried into the generated Caddyfile, so generation never widens
 * access: global options, snippets and top-level imports are written as they are, and each site
 * of the block that serves a live routed host keeps every directive (named matchers, `respond`,
 * `header`, `tls`, `encode`, `basic_auth`, `import`s, nested `handle`/`route` blocks) while its
 * `reverse_proxy`/`php_fastcgi` upstreams come from the routing table:
 *
 * - an upstream that a route of the site's hosts names (same dial address) is written as the
 *   routing table writes it (`container:port`, `https://external`);
 * - an upstream no route names is replaced by a routed upstream not written yet (the site's
 *   matcher-less proxies first), else kept: a path's own proxy (`reverse_proxy @longpolling
 *   odoo:8072`) is detail the routing table does not hold, and the routing rules check it;
 * - routed upstreams still missing are added to the site's first matcher-less `reverse_proxy`, or
 *   as a new `reverse_proxy` line when the site has none;
 * - addresses whose host has no live route are left out (`routing/caddyfile-drift` reports them),
 *   catch-all sites (`:80`, `http://`) are kept as written.
 *
 * Upstreams written inside a snippet are the snippet's (shared by every importer) and left alone.
 * Tokens are written back by `formatBlock`, re-quoted, so no text becomes a new directive.
 */
import { boltError } from '../../src/errors/index.js';
import { addressParts, formatBlock, hostsCoveredBy, isMatcherToken, snippetMap, upstreamDial, upstreamTokens, walkDirectives } from '../../src/model/caddyfile.js';
import type { Caddyfile, CaddySegment, CaddySite, CaddyToken } from '../../src/model/schema.js';

/** The live routes of one host: upstreams as the routing table writes them. */
export interface HostRoutes {
  host: string;
  upstreams: string[];
}

/** A site of the block as generated. */
export interface CarriedSite {
  /** The addresses kept (`a.x.cl, https://b.x.cl:8443`). */
  address: string;
  /** The live hosts it serves. */
  hosts: string[];
  /** Its body, one segment per directive line. */
  block: CaddySegment[];
  /** True when the block holds nothing but matcher-less `reverse_proxy` lines. */
  proxyOnly: boolean;
}

const ADDRESS = /^[A-Za-z0-9*._:/[\]-]+$/;
const SNIPPET = /^[A-Za-z0-9_.-]+$/;

function assertAddress(address: string, site: CaddySite): void {
  if (!ADDRESS.test(address)) {
    throw boltError('CaddyAddressInvalid', { address }, { location: site.pos ? { file: site.pos.file, line: site.pos.line, column: site.pos.column } : undefined });
  }
}

/** Every token object of a block (own text, not a snippet's). */
function ownTokens(block: CaddySegment[], into = new Set<CaddyToken>()): Set<CaddyToken> {
  for (const s of block) {
    for (const t of s.tokens) into.add(t);
    if (s.block) ownTokens(s.block, into);
  }
  return into;
}

const word = (text: string): CaddyToken => ({ text });
const HOST_HEADER: CaddySegment = { tokens: [word('header_up'), word('Host'), word('{upstream_hostport}')] };

/** Rewrites a site's upstreams from its routes (see the module comment). */
function carry(site: CaddySite, routed: string[], snippets: Caddyfile['snippets']): CaddySegment[] {
  const block = structuredClone(site.block ?? []);
  const own = ownTokens(block);
  const dialOf = (raw: string): string => upstreamDial(raw).toLowerCase();
  const byDial = new Map(routed.map((u) => [dialOf(u), u]));
  const proxies: { segment: CaddySegment; tokens: CaddyToken[]; matcher: boolean }[] = [];
  let anyProxy = false;
  walkDirectives(block, snippetMap(snippets), (d) => {
    const name = d.tokens[0]!.text;
    if (name !== 'reverse_proxy' && name !== 'php_fastcgi') return;
    anyProxy = true;
    if (d.snippet === undefined) proxies.push({ segment: d.segment, tokens: upstreamTokens(d), matcher: isMatcherToken(d.tokens[1]) });
  });
  const placed = new Set<string>();
  const unmatched: CaddyToken[] = [];
  for (const p of proxies) {
    for (const t of p.tokens) {
      const match = byDial.get(dialOf(t.text));
      if (match !== undefined && own.has(t)) {
        t.text = match;
        delete t.quote;
        placed.add(match);
      } else if (match !== undefined) placed.add(match);
      else if (own.has(t)) unmatched.push(t);
    }
  }
  // Routed upstreams not written yet replace the ones no route names, the site's main proxies
  // (no matcher) first; a path's own proxy (`reverse_proxy @longpolling odoo:8072`) is kept.
  const mainFirst = [...proxies.filter((p) => !p.matcher), ...proxies.filter((p) => p.matcher)].flatMap((p) => p.tokens.filter((t) => unmatched.includes(t)));
  const missing = routed.filter((u) => !placed.has(u));
  for (const t of mainFirst) {
    const next = missing.shift();
    if (next === undefined) break;
    t.text = next;
    delete t.quote;
  }
  const first = proxies.find((p) => !p.matcher) ?? proxies[0];
  if (missing.length > 0 && first) first.segment.tokens.push(...missing.map(word));
  else if (missing.length > 0 && !anyProxy) block.push({ tokens: [word('reverse_proxy'), ...missing.map(word)] });
  const result = block;
  // An external upstream answers on its own virtual host: send it its name.
  const external = (s: CaddySegment): boolean => s.tokens.some((t) => t.text.startsWith('https://') && routed.includes(t.text));
  const visit = (segments: CaddySegment[]): void => {
    for (const s of segments) {
      if (s.tokens[0]?.text === 'reverse_proxy' && (external(s) || (s.block ?? []).some((b) => b.tokens[0]?.text === 'to' && external(b)))) {
        const hasHost = (s.block ?? []).some((b) => b.tokens[0]?.text === 'header_up' && /^\+?host$/i.test(b.tokens[1]?.text ?? ''));
        if (!hasHost) s.block = [...(s.block ?? []), structuredClone(HOST_HEADER)];
      }
      if (s.block) visit(s.block);
    }
  };
  visit(result);
  return result;
}

/** The block's head: global options, snippets and top-level imports, as Caddyfile lines. */
export function headLines(caddy: Caddyfile | undefined): string[] {
  if (!caddy) return [];
  const parts: string[][] = [];
  if (caddy.global) parts.push(['{', ...formatBlock(caddy.global, 1), '}']);
  for (const s of caddy.snippets ?? []) {
    if (!SNIPPET.test(s.name)) throw boltError('CaddySnippetInvalid', { name: s.name }, { location: s.pos ? { file: s.pos.file, line: s.pos.line, column: s.pos.column } : undefined });
    parts.push([`${s.route ? '&' : ''}(${s.name}) {`, ...formatBlock(s.block, 1), '}']);
  }
  if (caddy.imports?.length) parts.push(formatBlock(caddy.imports, 0));
  return parts.flatMap((p, i) => (i === 0 ? p : ['', ...p]));
}

/**
 * The block's sites as generated: the ones serving live hosts (addresses narrowed to them,
 * upstreams from `routes`), then the catch-alls. Hosts served by none are the caller's.
 */
export function carriedSites(caddy: Caddyfile | undefined, routes: HostRoutes[]): { sites: CarriedSite[]; catchAll: CarriedSite[] } {
  const sites: CarriedSite[] = [];
  const catchAll: CarriedSite[] = [];
  const routesServedBy = hostsCoveredBy(routes, (r) => r.host);
  for (const site of caddy?.sites ?? []) {
    if (!site.block) continue;
    for (const a of site.addresses) assertAddress(a, site);
    const parts = site.addresses.map(addressParts);
    if (parts.every((p) => p.host === '')) {
      const block = structuredClone(site.block);
      catchAll.push({ address: site.addresses.join(', ') || ':80', hosts: [], block, proxyOnly: false });
      continue;
    }
    const served = routesServedBy(...parts.map((p) => p.host).filter((h) => h !== ''));
    if (served.length === 0) continue;
    const kept = site.addresses.filter((_, i) => parts[i]!.host === '' || routesServedBy(parts[i]!.host).length > 0);
    const routed = [...new Set(served.flatMap((r) => r.upstreams))];
    const block = carry(site, routed, caddy?.snippets);
    const proxyOnly = block.every((s) => s.tokens.length === 0 || (s.tokens[0]!.text === 'reverse_proxy' && !s.tokens.slice(1).some((t) => t.text.startsWith('@') || t.text.startsWith('/') || t.text === '*')));
    sites.push({ address: kept.join(', '), hosts: served.map((r) => r.host), block, proxyOnly });
  }
  return { sites, catchAll };
}
