/** The routing page: domain → Caddy → service, and the Caddyfile the spec shows. */
import { anchor } from '../html.js';
import type { Page, PageContext } from '../types.js';

/** Builds `routing.html`. */
export function routingPage(ctx: PageContext): Page {
  const { model, services } = ctx.data;
  const routing = model.routing;
  const slugOf = new Map(services.map((s) => [s.container.name, s.slug]));
  const seen = new Set<string>();
  const routes = (routing?.routes ?? []).map((r) => {
    const id = `route-${anchor(r.host)}`;
    const first = !seen.has(id);
    seen.add(id);
    const slug = slugOf.get(r.target);
    return {
      id: first ? id : '',
      host: r.host,
      via: r.via,
      target: r.target,
      targetHref: slug && !r.external ? ctx.url(`services/${slug}.html`) : '',
      external: r.external,
      port: r.port === undefined ? '' : String(r.port),
      planned: r.planned,
      note: r.note ?? '',
      group: r.group,
    };
  });
  const caddy = routing?.caddyfile;
  return {
    path: 'routing.html',
    title: 'Routing',
    nav: 'routing',
    template: 'routing',
    view: {
      routes,
      hasCaddyfile: caddy !== undefined,
      caddyPath: caddy?.path ?? '',
      caddyCode: caddy?.code ?? '',
      sites: (caddy?.sites ?? []).map((s) => ({ addresses: s.addresses.join(', '), upstreams: s.upstreams.map((u) => u.raw).join(', ') || '–' })),
    },
    search: (routing?.routes ?? []).map((r) => ({
      title: r.host,
      kind: 'route' as const,
      url: `routing.html#route-${anchor(r.host)}`,
      text: `${r.host} ${r.via} ${r.target}${r.port ? `:${r.port}` : ''}${r.planned ? ' planned' : ''}`,
    })),
  };
}
