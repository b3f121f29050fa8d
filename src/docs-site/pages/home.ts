/** The home page: what the platform is, its stack and version, the diagram, validation health. */
import { summarizeDiagnostics } from '../../model/diagnostics.js';
import { architectureSvg } from '../diagram.js';
import { anchor } from '../html.js';
import { inlineToHtml, markdownToHtml } from '../markdown.js';
import type { Page, PageContext } from '../types.js';

/** Builds `index.html`. */
export function homePage(ctx: PageContext): Page {
  const { model, services, tools, diagnostics } = ctx.data;
  const name = model.header?.name ?? 'Platform';
  const summary = summarizeDiagnostics(diagnostics);
  const running = services.filter((s) => s.container.status === 'running').length;
  const svg = architectureSvg(model, services, {
    service: (slug) => ctx.url(`services/${slug}.html`),
    route: (host) => ctx.url(`routing.html#route-${anchor(host)}`),
    store: (title) => ctx.url(`platform.html#store-${anchor(title)}`),
  });
  return {
    path: 'index.html',
    title: model.header?.title ? `${name} — ${model.header.title}` : name,
    nav: 'home',
    template: 'home',
    view: {
      name,
      subtitle: model.header?.title ?? '',
      version: model.header?.version ?? '',
      date: model.header?.date ?? '',
      purpose: model.header?.purpose ?? '',
      introHtml: markdownToHtml((model.overview?.intro ?? []).join('\n\n')),
      stack: (model.overview?.stack ?? []).map((s) => ({ nameHtml: inlineToHtml(s.name), descriptionHtml: inlineToHtml(s.description) })),
      stats: [
        { label: 'services', value: String(services.length), href: ctx.url('services/index.html') },
        { label: 'running', value: String(running), href: ctx.url('services/index.html') },
        { label: 'routes', value: String(model.routing?.routes.length ?? 0), href: ctx.url('routing.html') },
        { label: 'tools', value: String(tools.tools.length), href: ctx.url('api.html') },
      ],
      health: {
        tone: summary.errors > 0 ? 'bad' : summary.warnings > 0 ? 'warn' : 'ok',
        label: summary.errors > 0 ? 'failing' : summary.warnings > 0 ? 'passing with warnings' : 'passing',
        errors: summary.errors,
        warnings: summary.warnings,
        infos: summary.infos,
        href: ctx.url('findings.html'),
      },
      svgHtml: svg,
      svgHref: ctx.url('architecture.svg'),
      footer: (model.footer?.fields ?? []).map((f) => ({ key: f.key, valueHtml: inlineToHtml(f.value) })),
    },
    search: [{ title: `${name} overview`, kind: 'page', url: 'index.html', text: [model.header?.purpose ?? '', ...(model.overview?.intro ?? []), ...(model.overview?.stack ?? []).map((s) => s.name)].join(' ') }],
  };
}
