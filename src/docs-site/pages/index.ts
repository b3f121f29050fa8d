/** Every page of one version of the site, in navigation order. */
import { apiPage } from './api.js';
import { homePage } from './home.js';
import { operationsPage } from './operations.js';
import { platformPage } from './platform.js';
import { changelogPage, findingsPage, pendingPage, regionsPage, requirementsPage } from './reference.js';
import { routingPage } from './routing.js';
import { servicePage, servicesPage } from './services.js';
import { relativeUrl } from '../html.js';
import type { Page, PageContext, SiteData } from '../types.js';

/** The top navigation: id, label, page. */
export const NAV: { id: string; label: string; path: string }[] = [
  { id: 'home', label: 'Home', path: 'index.html' },
  { id: 'services', label: 'Services', path: 'services/index.html' },
  { id: 'routing', label: 'Routing', path: 'routing.html' },
  { id: 'api', label: 'API & tools', path: 'api.html' },
  { id: 'operations', label: 'Operations', path: 'operations.html' },
  { id: 'platform', label: 'Platform', path: 'platform.html' },
  { id: 'requirements', label: 'Requirements', path: 'requirements.html' },
  { id: 'regions', label: 'Regions', path: 'regions.html' },
  { id: 'changelog', label: 'Changelog', path: 'changelog.html' },
  { id: 'pending', label: 'Pending', path: 'pending.html' },
  { id: 'findings', label: 'Findings', path: 'findings.html' },
];

type Builder = (ctx: PageContext) => Page;
const BUILDERS: [string, Builder][] = [
  ['index.html', homePage],
  ['services/index.html', servicesPage],
  ['routing.html', routingPage],
  ['api.html', apiPage],
  ['operations.html', operationsPage],
  ['platform.html', platformPage],
  ['requirements.html', requirementsPage],
  ['regions.html', regionsPage],
  ['changelog.html', changelogPage],
  ['pending.html', pendingPage],
  ['findings.html', findingsPage],
];

/** Builds every page of a version (paths relative to the version root). */
export function buildPages(data: SiteData): Page[] {
  const ctx = (path: string): PageContext => ({ data, url: (to) => relativeUrl(path, to) });
  const pages = BUILDERS.map(([path, build]) => build(ctx(path)));
  const services = data.services.map((s) => servicePage(ctx(`services/${s.slug}.html`), s));
  pages.splice(2, 0, ...services);
  return pages;
}
