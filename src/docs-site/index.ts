/**
 * The docs site generator: model (+ tool catalogue + validation findings) → static files. Pure:
 * no filesystem access, so the same inputs give byte-identical output. The current spec is the
 * site's root; each release snapshot gets the same site under `releases/X.Y.Z/`, and every page
 * carries a version switcher. Links are relative, so the site works under any `--base`; only
 * `404.html` (served for any missing path) uses absolute `base`-prefixed URLs.
 */
import type { OutputFile } from '../../generators/types.js';
import type { Templates } from '../templates.js';
import { architectureSvg } from './diagram.js';
import { anchor } from './html.js';
import { buildPages } from './pages/index.js';
import { renderPage, type VersionLink } from './layout.js';
import type { Page, SiteData } from './types.js';

/** One version of the site: `current`, or a release. */
export interface SiteVersion {
  /** `current` or `X.Y.Z`. */
  id: string;
  /** Shown in the switcher: `current (1.2.0)`, `1.1.0`. */
  label: string;
  data: SiteData;
}

/** Input of the generator. */
export interface DocsSiteInput {
  current: SiteVersion;
  /** Releases, newest first. */
  releases: SiteVersion[];
  /** URL prefix the site is served under (`/docs/`). */
  base: string;
  templates: Templates;
  /** Static assets (CSS, JS, icon), paths relative to `assets/`. */
  assets: OutputFile[];
}

/** Normalizes a base to `/…/` form (`docs` → `/docs/`). */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const rootOf = (v: SiteVersion): string => (v.id === 'current' ? '' : `releases/${v.id}/`);

/** Generates the whole site. */
export function generateDocsSite(input: DocsSiteInput): OutputFile[] {
  const base = normalizeBase(input.base);
  const versions = [input.current, ...input.releases];
  const built = versions.map((v) => ({ version: v, root: rootOf(v), pages: buildPages(v.data) }));
  const files: OutputFile[] = input.assets.map((a) => ({ path: `assets/${a.path}`, contents: a.contents }));
  for (const { version, root, pages } of built) {
    const switcher = (path: string): VersionLink[] =>
      built.map((b) => ({
        label: b.version.label,
        target: `${b.root}${b.pages.some((p) => p.path === path) ? path : 'index.html'}`,
        current: b.version === version,
      }));
    for (const page of pages) {
      files.push({ path: `${root}${page.path}`, contents: renderPage(input.templates, page, { root, versions: switcher(page.path), base: undefined, site: siteName(version) }) });
    }
    files.push({ path: `${root}search-index.js`, contents: searchIndex(pages) });
    files.push({ path: `${root}architecture.svg`, contents: standaloneSvg(version.data) });
  }
  files.push({ path: '404.html', contents: renderPage(input.templates, notFound(), { root: '', versions: [], base, site: siteName(input.current) }) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const siteName = (v: SiteVersion): string => v.data.model.header?.name ?? 'Platform';

function searchIndex(pages: Page[]): string {
  const entries = pages.flatMap((p) => p.search).map((e) => ({ ...e, text: e.text.replace(/\s+/g, ' ').trim() }));
  // `<` escaped so the index can never close a script element, wherever it is embedded.
  return `window.BOLT_SEARCH = ${JSON.stringify(entries).replace(/</g, '\\u003c')};\n`;
}

function standaloneSvg(data: SiteData): string {
  const svg = architectureSvg(data.model, data.services, {
    service: (slug) => `services/${slug}.html`,
    route: (host) => `routing.html#route-${anchor(host)}`,
    store: (title) => `platform.html#store-${anchor(title)}`,
  });
  return `${svg}\n`;
}

function notFound(): Page {
  return { path: '404.html', title: 'Page not found', nav: '', template: '404', view: {}, search: [] };
}
