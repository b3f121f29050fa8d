/**
 * The docs site generator: model (+ tool catalogue + validation findings) → static files. Pure:
 * no filesystem access, so the same inputs give byte-identical output. The current spec is the
 * site's root; each release snapshot gets the same site under `releases/X.Y.Z/`, and every page
 * carries a version switcher (and a release's pages a banner linking to the current version). With
 * the site's URL known, `sitemap.xml` lists the current pages. Links are relative, so the site works under any `--base`; only
 * `404.html` (served for any missing path) uses absolute `base`-prefixed URLs.
 */
import type { OutputFile } from '../../generators/types.js';
import { boltError } from '../errors/index.js';
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
  /** Static assets (CSS, JS, icon, the search library), paths relative to `assets/`. */
  assets: OutputFile[];
  /** The site's absolute URL (`https://smarterbot.cl/docs/`): when known, `sitemap.xml` lists the current pages. */
  siteUrl?: string | undefined;
}

/**
 * The site's absolute URL, for `sitemap.xml`: `--url`, else `docs.url` of the config, else the
 * host and path `docs.serve` publishes it at (`https://smarterbot.cl/docs/`); undefined when
 * none is given (sitemap URLs must be absolute, and guessing a host would publish a wrong one).
 * Throws (exit 2) on a value that is not an absolute http(s) URL.
 */
export function siteUrlOf(flag: string | undefined, docs: { url?: string | undefined; base?: string | undefined; serve?: { host?: string | undefined; path?: string | undefined } | undefined } | undefined, base: string): string | undefined {
  const given = flag ?? docs?.url;
  const raw = given ?? (docs?.serve ? `https://${docs.serve.host ?? 'smarterbot.cl'}${normalizeBase(docs.serve.path ?? base)}` : undefined);
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    const hint = 'the URL the site is published at, used for the absolute links of sitemap.xml';
    if (flag !== undefined) throw boltError('InvalidFlagValue', { what: 'site URL', flag: '--url', value: raw, expected: 'an absolute http(s) URL such as `https://smarterbot.cl/docs/`' }, { command: 'docs', flag: '--url', hint });
    throw boltError('YamlInvalidValue', { where: '`docs.url`', reason: `\`${raw}\` is not an absolute http(s) URL such as \`https://smarterbot.cl/docs/\`` }, { location: { file: 'bolt.config.yaml' }, hint });
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
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
      const versions = switcher(page.path);
      // An old release's pages carry a banner pointing at the current version of the same page.
      const release = version === input.current ? undefined : { label: version.label, currentTarget: versions[0]!.target };
      files.push({ path: `${root}${page.path}`, contents: renderPage(input.templates, page, { root, versions, base: undefined, site: siteName(version), release }) });
    }
    files.push({ path: `${root}search-index.js`, contents: searchIndex(pages) });
    files.push({ path: `${root}architecture.svg`, contents: standaloneSvg(version.data) });
  }
  files.push({ path: '404.html', contents: renderPage(input.templates, notFound(), { root: '', versions: [], base, site: siteName(input.current) }) });
  if (input.siteUrl !== undefined) files.push({ path: 'sitemap.xml', contents: sitemap(input.siteUrl, built[0]!.pages) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const siteName = (v: SiteVersion): string => v.data.model.header?.name ?? 'Platform';

const xmlEscape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * `sitemap.xml` (sitemaps.org protocol 0.9): the current version's pages as absolute URLs, sorted.
 * Old releases are left out (they are archives; their banner points at the current pages), and no
 * `lastmod`, which would make the output depend on the clock. See https://www.sitemaps.org/protocol.html
 */
function sitemap(siteUrl: string, pages: Page[]): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const urls = pages
    .map((p) => new URL(p.path === 'index.html' ? '' : encodeURI(p.path), base).href)
    .sort()
    .map((href) => `  <url><loc>${xmlEscape(href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

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
