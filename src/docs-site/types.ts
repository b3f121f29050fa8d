/** Shapes shared by the docs-site page builders. */
import type { Diagnostic } from '../model/diagnostics.js';
import type { Lock, SpecModel } from '../model/schema.js';
import type { ServiceInfo } from './catalog.js';
import type { ToolCatalog } from './tools.js';

/** Everything one version of the site is generated from. */
export interface SiteData {
  model: SpecModel;
  lock: Lock | undefined;
  tools: ToolCatalog;
  diagnostics: Diagnostic[];
  services: ServiceInfo[];
}

/** An entry of the offline search index; `url` is relative to the version's root. */
export interface SearchEntry {
  title: string;
  kind: 'service' | 'route' | 'tool' | 'section' | 'page';
  url: string;
  text: string;
}

/** A page before the layout wraps it: the template to render and its view-model. */
export interface Page {
  /** Path relative to the version root (`services/odoo.html`). */
  path: string;
  title: string;
  /** Nav entry this page belongs to. */
  nav: string;
  template: string;
  view: object;
  search: SearchEntry[];
}

/** What a page builder gets: the data and a URL maker bound to the page's own path. */
export interface PageContext {
  data: SiteData;
  /** URL of version-relative path `to` from the page being built. */
  url(to: string): string;
}
