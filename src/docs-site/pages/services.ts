/** The service catalogue and one page per service. */
import type { ServiceStatus, Tier } from '../../model/schema.js';
import type { ServiceInfo } from '../catalog.js';
import { anchor } from '../html.js';
import { inlineToHtml } from '../markdown.js';
import type { Page, PageContext } from '../types.js';

/** The status word; the colour dot comes from CSS (emoji fonts are not everywhere). */
export function statusLabel(status: ServiceStatus): string {
  return status;
}

const tag = (s: ServiceInfo): string => s.container.image.tag ?? (s.container.image.custom ? 'built locally' : 'none');
const ports = (s: ServiceInfo): string => s.container.ports.map((p) => (p.host === p.container ? `${p.host}` : `${p.host}→${p.container}`) + (p.protocol === 'udp' ? '/udp' : '')).join(', ') || '–';

function tierTitle(tiers: Tier[], id: string): string {
  return tiers.find((t) => t.id === id)?.title ?? id;
}

/** Builds `services/index.html`. */
export function servicesPage(ctx: PageContext): Page {
  const { services, model } = ctx.data;
  const tiers = model.inventory?.tiers ?? [];
  return {
    path: 'services/index.html',
    title: 'Services',
    nav: 'services',
    template: 'services',
    view: {
      tiers: tiers.map((t) => ({
        title: t.title,
        id: `tier-${anchor(t.id)}`,
        services: services
          .filter((s) => s.container.tier === t.id)
          .map((s) => ({
            name: s.container.name,
            href: ctx.url(`services/${s.slug}.html`),
            image: s.container.image.name ?? s.container.image.custom ?? s.container.image.raw,
            tag: tag(s),
            pinned: s.pin ? `${s.pin.tag}${s.pin.digest ? ' (digest)' : ''}` : '–',
            ports: ports(s),
            routes: s.routes.map((r) => r.host).join(', ') || '–',
            status: statusLabel(s.container.status),
            statusClass: s.container.status,
            purposeHtml: inlineToHtml(s.container.purpose),
          })),
      })),
    },
    search: [{ title: 'Services', kind: 'page', url: 'services/index.html', text: services.map((s) => s.container.name).join(' ') }],
  };
}

/** Builds `services/<slug>.html` for one service. */
export function servicePage(ctx: PageContext, s: ServiceInfo): Page {
  const c = s.container;
  const tiers = ctx.data.model.inventory?.tiers ?? [];
  const imageRef = c.image.name ? `${c.image.name}${c.image.tag ? `:${c.image.tag}` : ''}${c.image.digest ? `@${c.image.digest}` : ''}` : '';
  const pinRef = s.pin ? `${s.pin.image}:${s.pin.tag}${s.pin.digest ? `@${s.pin.digest}` : ''}` : '';
  return {
    path: `services/${s.slug}.html`,
    title: c.name,
    nav: 'services',
    template: 'service',
    view: {
      name: c.name,
      purposeHtml: inlineToHtml(c.purpose),
      status: statusLabel(c.status),
      statusClass: c.status,
      tier: tierTitle(tiers, c.tier),
      image: imageRef || c.image.raw,
      custom: c.image.custom ?? '',
      tag: tag(s),
      pin: pinRef,
      pinDiffers: s.pin !== undefined && imageRef !== '' && (s.pin.image !== c.image.name || s.pin.tag !== c.image.tag),
      unpinned: c.image.custom === undefined && (c.image.tag === undefined || c.image.tag === 'latest'),
      ports: c.ports.map((p) => ({ host: p.host, container: p.container, protocol: p.protocol })),
      routes: s.routes.map((r) => ({ host: r.host, href: ctx.url(`routing.html#route-${anchor(r.host)}`), port: r.port === undefined ? '' : String(r.port), planned: r.planned, note: r.note ?? '' })),
      health: s.health.map((h) => ({ url: h.url, descriptionHtml: inlineToHtml(h.description) })),
      secrets: s.secretNames,
      secretsNoteHtml: s.secretsNote ? inlineToHtml(s.secretsNote) : '',
      extra: Object.keys(c.extra)
        .sort()
        .map((key) => ({ key, valueHtml: inlineToHtml(c.extra[key]!) })),
      catalogHref: ctx.url('services/index.html'),
    },
    search: [{ title: c.name, kind: 'service', url: `services/${s.slug}.html`, text: `${c.purpose} ${c.image.raw} ${c.status} ${s.routes.map((r) => r.host).join(' ')}` }],
  };
}
