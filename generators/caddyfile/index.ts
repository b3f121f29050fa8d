/**
 * `Caddyfile`: one site per live route host, `reverse_proxy` to `container:port` (an external
 * target as `https://host`, with the Host header set to the upstream's so its own virtual host
 * answers). Planned routes are listed in a comment. The spec's Caddyfile block is carried over
 * (global options, snippets, each site's other directives: see `spec-sites.ts`), so generation
 * never widens access. Host names and ports come from the model's grammars and are checked again
 * here, Caddyfile tokens are written back quoted as read, so no spec text can add a directive.
 */
import type { BoltConfig } from '../../src/config.js';
import { DOCS_SERVE_DEFAULTS, docsSiteDirectives } from './docs-serving.js';
import type { Route, SpecModel } from '../../src/model/schema.js';
import type { Templates } from '../../src/templates.js';
import { generatedNote } from '../lib/header.js';
import { assertHost, routePort } from '../lib/services.js';
import { isIpv6Literal } from '../../src/model/values.js';
import type { Generator, OutputFile } from '../types.js';
import { formatBlock } from '../../src/model/caddyfile.js';
import { carriedSites, type CarriedSite, headLines } from './spec-sites.js';

/** The view the `Caddyfile.hbs` template renders. */
export interface CaddyfileView {
  /** Comment lines on top. */
  notes: string[];
  /** The spec block's global options, snippets and top-level imports, as Caddyfile lines. */
  head: string[];
  sites: {
    address: string;
    /** The site's body, tab-indented Caddyfile lines (`''` for a blank line): what the default template writes. */
    lines: string[];
    /** The routed upstreams, space-separated (for templates written before `lines`). */
    upstreams: string;
    external: boolean;
    /** Directives serving the docs site (`docs.serve`). */
    docs: string[];
    /** The routes' own `reverse_proxy` lines (inside `handle { … }` when the site also serves the docs). */
    proxy: string[];
  }[];
  planned: { host: string; target: string }[];
}

function upstreamOf(route: Route, model: SpecModel): string {
  // A bracketed IPv6 upstream (`[::1]:7000`) is written as Caddy reads it.
  if (!isIpv6Literal(route.target)) assertHost(route.target, route.targetPos ?? route.pos);
  return route.external ? `https://${route.target}${route.port ? `:${route.port}` : ''}` : `${route.target}:${routePort(route, model)}`;
}

/** The `reverse_proxy` lines of a site. */
function proxyLines(upstreams: string, external: boolean): string[] {
  return external ? [`reverse_proxy ${upstreams} {`, '\theader_up Host {upstream_hostport}', '}'] : [`reverse_proxy ${upstreams}`];
}

/** A site's lines with the docs directives first; a proxy-only body goes in `handle { … }` so the two never both answer. */
function withDocs(docs: string[], body: string[], proxyOnly: boolean): string[] {
  if (docs.length === 0 || body.length === 0) return [...docs, ...body];
  return proxyOnly ? [...docs, 'handle {', ...body.map((l) => `\t${l}`), '}'] : [...docs, ...body];
}

/**
 * Builds the view: live routes grouped by host in spec order, planned routes for the comment, and
 * when `docs.serve` is configured, the docs site served on its host (a site of its own if the
 * host has no live route). A host that a site of the spec's Caddyfile block serves gets that site,
 * every directive kept and its upstreams from the routing table (`spec-sites.ts`); the block's
 * global options and snippets come first, its catch-all sites last.
 */
export function caddyfileView(model: SpecModel, notes: string[] = [], config: BoltConfig = {}): CaddyfileView {
  const hosts = new Map<string, { upstreams: string[]; external: boolean }>();
  const planned: CaddyfileView['planned'] = [];
  for (const route of model.routing?.routes ?? []) {
    assertHost(route.host, route.hostPos ?? route.pos);
    const upstream = upstreamOf(route, model);
    if (route.planned) {
      planned.push({ host: route.host, target: upstream });
      continue;
    }
    const site = hosts.get(route.host) ?? { upstreams: [], external: false };
    if (!site.upstreams.includes(upstream)) site.upstreams.push(upstream);
    site.external ||= route.external;
    hosts.set(route.host, site);
  }
  const block = model.routing?.caddyfile;
  const { sites: carried, catchAll } = carriedSites(block, [...hosts.entries()].map(([host, h]) => ({ host, upstreams: h.upstreams })));
  const serve = config.docs?.serve;
  const docsHost = serve ? (serve.host ?? DOCS_SERVE_DEFAULTS.host) : undefined;
  if (docsHost !== undefined) assertHost(docsHost, undefined);
  const docsFor = (covers: (host: string) => boolean): string[] => (serve && docsHost !== undefined && covers(docsHost) ? docsSiteDirectives(serve, config) : []);
  let docsPlaced = false;
  const sites: CaddyfileView['sites'] = [];
  const emitted = new Set<CarriedSite>();
  /** The fields templates written before `lines` read: the routes' own proxy lines. */
  const legacy = (served: string[], docs: string[]) => {
    const ups = [...new Set(served.flatMap((host) => hosts.get(host)?.upstreams ?? []))];
    const external = served.some((host) => hosts.get(host)?.external);
    const proxy = ups.length === 0 ? [] : proxyLines(ups.join(' '), external);
    return { upstreams: ups.join(' '), external, docs, proxy: docs.length > 0 && proxy.length > 0 ? ['handle {', ...proxy.map((l) => `\t${l}`), '}'] : proxy };
  };
  const carriedFor = new Map<string, CarriedSite[]>();
  for (const s of carried) for (const host of new Set(s.hosts)) carriedFor.set(host, [...(carriedFor.get(host) ?? []), s]);
  for (const [host, h] of hosts) {
    const own = carriedFor.get(host) ?? [];
    if (own.length === 0) {
      const docs = docsFor((d) => d === host);
      docsPlaced ||= docs.length > 0;
      const proxy = h.upstreams.length === 0 ? [] : proxyLines(h.upstreams.join(' '), h.external);
      sites.push({ address: host, lines: withDocs(docs, proxy, true).map((l) => `\t${l}`), ...legacy([host], docs) });
      continue;
    }
    for (const s of own) {
      if (emitted.has(s)) continue;
      emitted.add(s);
      const docs = docsPlaced ? [] : docsFor((d) => s.hosts.includes(d));
      docsPlaced ||= docs.length > 0;
      const body = formatBlock(s.block, 0);
      sites.push({ address: s.address, lines: withDocs(docs, body, s.proxyOnly).map((l) => (l === '' ? '' : `\t${l}`)), ...legacy(s.hosts, docs) });
    }
  }
  if (serve && docsHost !== undefined && !docsPlaced) {
    const docs = docsSiteDirectives(serve, config);
    sites.push({ address: docsHost, lines: docs.map((l) => `\t${l}`), ...legacy([], docs) });
  }
  for (const s of catchAll) sites.push({ address: s.address, lines: formatBlock(s.block, 1), ...legacy([], []) });
  // `caddy fmt` keeps a global options block right under the comment, anything else after a blank line.
  const head = headLines(block);
  return { notes: [generatedNote(model), ...notes], head: head.length > 0 && head[0] !== '{' ? ['', ...head] : head, sites, planned };
}

/** Renders the Caddyfile of a model. */
export function renderCaddyfile(model: SpecModel, templates: Templates, notes: string[] = [], config: BoltConfig = {}): string {
  return templates.render('Caddyfile.hbs', caddyfileView(model, notes, config));
}

/** The Caddyfile output, when the spec has routes. */
export function caddyfileFiles(model: SpecModel, templates: Templates, config: BoltConfig = {}): OutputFile[] {
  if ((!model.routing || model.routing.routes.length === 0) && !config.docs?.serve) return [];
  return [{ path: 'Caddyfile', contents: renderCaddyfile(model, templates, [], config) }];
}

export const caddyfile: Generator = {
  id: 'caddyfile',
  description: 'Caddyfile: one site per live route, reverse_proxy to container:port',
  generate: ({ model, templates, config }) => caddyfileFiles(model, templates, config),
};
