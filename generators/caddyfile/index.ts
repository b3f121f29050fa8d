/**
 * `Caddyfile`: one site per live route host, `reverse_proxy` to `container:port` (an external
 * target as `https://host`, with the Host header set to the upstream's so its own virtual host
 * answers). Planned routes are listed in a comment. Host names and ports come from the model's
 * grammars and are checked again here, so no spec text can add a directive, a brace or a line.
 */
import type { BoltConfig } from '../../src/config.js';
import { DOCS_SERVE_DEFAULTS, docsSiteDirectives } from './docs-serving.js';
import type { Route, SpecModel } from '../../src/model/schema.js';
import type { Templates } from '../../src/templates.js';
import { generatedNote } from '../lib/header.js';
import { assertHost, routePort } from '../lib/services.js';
import type { Generator, OutputFile } from '../types.js';

/** The view the `Caddyfile.hbs` template renders. */
export interface CaddyfileView {
  /** Comment lines on top. */
  notes: string[];
  sites: {
    address: string;
    upstreams: string;
    external: boolean;
    /** Directives serving the docs site (`docs.serve`), before the proxy. */
    docs: string[];
    /** The proxy's lines, inside `handle { … }` when the site also serves the docs. */
    proxy: string[];
  }[];
  planned: { host: string; target: string }[];
}

function upstreamOf(route: Route, model: SpecModel): string {
  assertHost(route.target, route.targetPos ?? route.pos);
  return route.external ? `https://${route.target}${route.port ? `:${route.port}` : ''}` : `${route.target}:${routePort(route, model)}`;
}

/** The `reverse_proxy` lines of a site. */
function proxyLines(upstreams: string, external: boolean): string[] {
  return external ? [`reverse_proxy ${upstreams} {`, '\theader_up Host {upstream_hostport}', '}'] : [`reverse_proxy ${upstreams}`];
}

/**
 * Builds the view: live routes grouped by host in spec order, planned routes for the comment, and
 * when `docs.serve` is configured, the docs site served on its host (a site of its own if the
 * host has no live route).
 */
export function caddyfileView(model: SpecModel, notes: string[] = [], config: BoltConfig = {}): CaddyfileView {
  const sites = new Map<string, { address: string; upstreams: string[]; external: boolean }>();
  const planned: CaddyfileView['planned'] = [];
  for (const route of model.routing?.routes ?? []) {
    assertHost(route.host, route.hostPos ?? route.pos);
    const upstream = upstreamOf(route, model);
    if (route.planned) {
      planned.push({ host: route.host, target: upstream });
      continue;
    }
    const site = sites.get(route.host) ?? { address: route.host, upstreams: [], external: false };
    if (!site.upstreams.includes(upstream)) site.upstreams.push(upstream);
    site.external ||= route.external;
    sites.set(route.host, site);
  }
  const serve = config.docs?.serve;
  const docsHost = serve ? (serve.host ?? DOCS_SERVE_DEFAULTS.host) : undefined;
  if (docsHost !== undefined) {
    assertHost(docsHost, undefined);
    if (!sites.has(docsHost)) sites.set(docsHost, { address: docsHost, upstreams: [], external: false });
  }
  return {
    notes: [generatedNote(model), ...notes],
    sites: [...sites.values()].map((s) => {
      const upstreams = s.upstreams.join(' ');
      const docs = serve && s.address === docsHost ? docsSiteDirectives(serve, config) : [];
      const proxy = s.upstreams.length === 0 ? [] : proxyLines(upstreams, s.external);
      return { address: s.address, upstreams, external: s.external, docs, proxy: docs.length > 0 && proxy.length > 0 ? ['handle {', ...proxy.map((l) => `\t${l}`), '}'] : proxy };
    }),
    planned,
  };
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
