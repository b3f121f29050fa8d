/**
 * What the docs say about each service, derived from the model: its pin in versions.lock, the
 * routes that reach it, the health checks of those routes' hosts, and the secret *names* it reads.
 * Values of secrets are never looked at here.
 */
import { allContainers } from '../model/query.js';
import type { Container, HealthUrl, Lock, LockImage, Route, SpecModel } from '../model/schema.js';

/** A container with everything the service page shows. */
export interface ServiceInfo {
  container: Container;
  /** File-safe page name. */
  slug: string;
  pin: LockImage | undefined;
  routes: Route[];
  health: HealthUrl[];
  /** Secret key names this service reads, in spec order. */
  secretNames: string[];
  /** Why those names were attributed (shown under the list). */
  secretsNote: string | undefined;
}

/** A file-name-safe slug (`smarterbolt-lab` stays, `My Service` → `my-service`). */
export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'item';
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** The container the unified API runs in: the target of the route for the API's host. */
export function apiContainer(model: SpecModel): string | undefined {
  const host = model.api?.host;
  return host ? model.routing?.routes.find((r) => r.host === host && !r.external)?.target : undefined;
}

/** Builds the per-service view of the model; slugs are unique even when names collide. */
export function serviceCatalog(model: SpecModel, lock: Lock | undefined): ServiceInfo[] {
  const routes = model.routing?.routes ?? [];
  const health = model.monitoring?.healthUrls ?? [];
  const keys = model.secrets?.keys ?? [];
  const api = apiContainer(model);
  const used = new Set<string>(['index']); // services/index.html is the catalogue
  return allContainers(model).map((container) => {
    let slug = slugify(container.name);
    for (let n = 2; used.has(slug); n++) slug = `${slugify(container.name)}-${n}`;
    used.add(slug);
    const mine = routes.filter((r) => !r.external && r.target === container.name);
    const hosts = new Set(mine.map((r) => r.host));
    const name = container.name.toLowerCase();
    // A key belongs to a service when its prefix or its `# Group` names it (ODOO_URL → odoo).
    const owned = keys.filter((k) => k.key.toLowerCase().split('_')[0] === name || k.group.toLowerCase().split(/\W+/)[0] === name);
    const isApi = api === container.name;
    const secretNames = (isApi ? keys : owned).map((k) => k.key);
    const envFile = model.secrets?.envFile;
    return {
      container,
      slug,
      pin: lock?.images.find((i) => i.service === container.name),
      routes: mine,
      health: health.filter((h) => hosts.has(hostOf(h.url) ?? '')),
      secretNames,
      secretsNote: isApi && secretNames.length > 0 ? `The unified API reads the whole environment file${envFile ? ` \`${envFile}\`` : ''}.` : undefined,
    };
  });
}
