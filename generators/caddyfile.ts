/**
 * `Caddyfile`: one site per live route host, `reverse_proxy` to `container:port` (an external
 * target as `https://host`, with the Host header set to the upstream's so its own virtual host
 * answers). Planned routes are listed in a comment. Host names and ports come from the model's
 * grammars and are checked again here, so no spec text can add a directive, a brace or a line.
 */
import type { Route, SpecModel } from '../src/model/schema.js';
import type { Templates } from '../src/templates.js';
import { generatedNote } from './lib/header.js';
import { assertHost, routePort } from './lib/services.js';
import type { Generator, OutputFile } from './types.js';

/** The view the `Caddyfile.hbs` template renders. */
export interface CaddyfileView {
  /** Comment lines on top. */
  notes: string[];
  sites: { address: string; upstreams: string; external: boolean }[];
  planned: { host: string; target: string }[];
}

function upstreamOf(route: Route, model: SpecModel): string {
  assertHost(route.target, route.targetPos ?? route.pos);
  return route.external ? `https://${route.target}${route.port ? `:${route.port}` : ''}` : `${route.target}:${routePort(route, model)}`;
}

/** Builds the view: live routes grouped by host in spec order, planned routes for the comment. */
export function caddyfileView(model: SpecModel, notes: string[] = []): CaddyfileView {
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
  return {
    notes: [generatedNote(model), ...notes],
    sites: [...sites.values()].map((s) => ({ address: s.address, upstreams: s.upstreams.join(' '), external: s.external })),
    planned,
  };
}

/** Renders the Caddyfile of a model. */
export function renderCaddyfile(model: SpecModel, templates: Templates, notes: string[] = []): string {
  return templates.render('Caddyfile.hbs', caddyfileView(model, notes));
}

/** The Caddyfile output, when the spec has routes. */
export function caddyfileFiles(model: SpecModel, templates: Templates): OutputFile[] {
  if (!model.routing || model.routing.routes.length === 0) return [];
  return [{ path: 'Caddyfile', contents: renderCaddyfile(model, templates) }];
}

export const caddyfile: Generator = {
  id: 'caddyfile',
  description: 'Caddyfile: one site per live route, reverse_proxy to container:port',
  generate: ({ model, templates }) => caddyfileFiles(model, templates),
};
