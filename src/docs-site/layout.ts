/**
 * Wraps a page body in the shared layout (header, navigation that collapses into a menu on a
 * phone, search box, version switcher, the banner of an old release, footer). Page bodies are rendered from `templates/docs/<template>.html.hbs` with HTML escaping
 * on; only fragments this module set produced (unified prose, the SVG, rendered bodies) are
 * inserted unescaped.
 */
import type { Templates } from '../templates.js';
import { relativeUrl } from './html.js';
import { NAV } from './pages/index.js';
import type { Page } from './types.js';

/** A version switcher entry; `target` is a site-root-relative path. */
export interface VersionLink {
  label: string;
  target: string;
  current: boolean;
}

/** Where the page sits: its version root, the switcher, and `base` for absolute URLs (404 page). */
export interface LayoutContext {
  root: string;
  versions: VersionLink[];
  /** When set, links are absolute (`/docs/…`): the page may be served from any path. */
  base: string | undefined;
  /** The platform's name, for titles and the header. */
  site: string;
  /** On an old release's pages: its label and the same page in the current version (site-root-relative). */
  release?: { label: string; currentTarget: string } | undefined;
}

/** Renders one complete HTML page. */
export function renderPage(templates: Templates, page: Page, where: LayoutContext): string {
  const sitePath = `${where.root}${page.path}`;
  const href = (target: string): string => (where.base !== undefined ? `${where.base}${target}` : relativeUrl(sitePath, target));
  const content = templates.render(`docs/${page.template}.html.hbs`, page.view);
  const current = where.versions.find((v) => v.current);
  const html = templates.render('docs/layout.html.hbs', {
    title: page.title,
    site: where.site,
    content,
    css: href('assets/site.css'),
    js: href('assets/site.js'),
    searchLib: href('assets/minisearch.js'),
    // Without JavaScript the search box submits to the version's home with `?q=`; the script
    // answers `?q=` on any page by filling the box and showing the results.
    searchAction: href(`${where.root}index.html`),
    icon: href('assets/favicon.svg'),
    searchIndex: href(`${where.root}search-index.js`),
    // The search script resolves index URLs (relative to the version root) against this.
    rootHref: where.base !== undefined ? `${where.base}${where.root}` : relativeUrl(sitePath, `${where.root}index.html`).replace(/index\.html$/, '') || './',
    home: href(`${where.root}index.html`),
    // `page` marks the page itself; `true` the section a sub-page (a service) belongs to.
    nav: NAV.map((n) => ({ label: n.label, href: href(`${where.root}${n.path}`), current: n.path === page.path ? 'page' : n.id === page.nav ? 'true' : '' })),
    currentNav: NAV.find((n) => n.path === page.path || n.id === page.nav)?.label ?? '',
    release: where.release ? { label: where.release.label, href: href(where.release.currentTarget) } : undefined,
    hasVersions: where.versions.length > 1,
    versionLabel: current?.label ?? '',
    versions: where.versions.map((v) => ({ label: v.label, href: href(v.target), current: v.current })),
  });
  return `${html.trim()}\n`;
}
