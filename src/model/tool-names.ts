/**
 * MCP tool names derived from API endpoints: category + action, portable across clients
 * (`^[a-z][a-z0-9_]{0,63}$`), plus the dotted alias the seed uses (`odoo.search_read`).
 *
 * `/odoo/search_read` in `odoo` → `odoo_search_read` (alias `odoo.search_read`);
 * `/health` in `core` → `core_health`; `/` → `core_root`; `/registry.json` → `core_registry_json`;
 * `/items/{id}` → `…_items_by_id`. A leading segment equal to the category is not repeated.
 */
import type { Endpoint } from './schema.js';

/** The portable name pattern. */
export const TOOL_NAME = /^[a-z][a-z0-9_]{0,63}$/;

function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The action part of an endpoint path within its category. */
export function toolAction(category: string, path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments[0]?.toLowerCase() === category.toLowerCase()) segments.shift();
  const parts = segments.map((s) => (/^\{.+\}$|^:.+$/.test(s) ? `by_${words(s)}` : words(s))).filter(Boolean);
  return parts.join('_') || 'root';
}

/** `{ name: 'odoo_search_read', alias: 'odoo.search_read' }` for an endpoint. */
export function toolNames(endpoint: Pick<Endpoint, 'category' | 'path'>): { name: string; alias: string } {
  const category = words(endpoint.category) || 'api';
  const action = toolAction(endpoint.category, endpoint.path);
  const prefix = /^[a-z]/.test(category) ? category : `t_${category}`;
  return { name: `${prefix}_${action}`, alias: `${category}.${action}` };
}

/** What an explicit method adds to a name shared by several methods of one path (`orders_list`, `orders_create`). */
function methodWord(method: string, path: string): string {
  const m = method.toUpperCase();
  const item = /\{[^}]+\}\/?$|:[A-Za-z_]\w*\/?$/.test(path);
  if (m === 'GET') return item ? 'get' : 'list';
  return { POST: 'create', PUT: 'replace', PATCH: 'update', DELETE: 'delete', HEAD: 'head', OPTIONS: 'options' }[m] ?? words(m);
}

/** One endpoint's tool name, and what stands in its way, if anything. */
export interface ToolNaming {
  endpoint: Endpoint;
  name: string;
  alias: string;
  /** The earlier endpoint whose name this one would have taken (the name then gets a `_2`, `_3` suffix). */
  collidesWith?: Endpoint | undefined;
  /** Set instead of `collidesWith` when the earlier endpoint is the same endpoint listed again (`api/duplicate-endpoint`). */
  duplicate?: boolean | undefined;
  /** The name before a too long one was shortened. */
  tooLong?: string | undefined;
}

/**
 * Unique tool names for every listed endpoint, in spec order. Endpoints are method + path: when
 * several endpoints share a name only because they are different methods of one path, each gets
 * a method word (`GET /orders` → `orders_list`, `POST /orders` → `orders_create`). Any other
 * clash keeps the first name and numbers the later ones, and a name over 64 characters is
 * shortened with a stable hash; both are reported by `api/tool-name-collision` and
 * `api/tool-name-invalid`, so generation never fails on them.
 */
export function assignToolNames(endpoints: Endpoint[]): ToolNaming[] {
  const base = endpoints.map((endpoint) => ({ endpoint, ...toolNames(endpoint) }));
  const byName = new Map<string, typeof base>();
  for (const b of base) byName.set(b.name, [...(byName.get(b.name) ?? []), b]);
  const taken = new Set<string>();
  const firstOf = new Map<string, Endpoint>();
  return base.map((b) => {
    let { name, alias } = b;
    const group = byName.get(b.name)!;
    // Several explicit methods of one path (a method listed twice is api/duplicate-endpoint's).
    // An unstated method is GET (docs/spec-format.md), so `/orders` and `POST /orders` are two methods of one path too.
    const methods = new Set(group.map((g) => (g.endpoint.method ?? 'GET').toUpperCase()));
    const byMethod = methods.size > 1 && group.every((g) => g.endpoint.path === group[0]!.endpoint.path);
    if (byMethod) {
      // The path is the category itself (`GET /orders` in `orders`): the method word is the action (`orders_list`, not `orders_root_list`).
      const word = methodWord(b.endpoint.method ?? 'GET', b.endpoint.path);
      const bare = b.endpoint.path !== '/' && toolAction(b.endpoint.category, b.endpoint.path) === 'root';
      name = bare ? `${name.slice(0, -'_root'.length)}_${word}` : `${name}_${word}`;
      alias = bare ? `${alias.slice(0, -'.root'.length)}.${word}` : `${alias}_${word}`;
    }
    let tooLong: string | undefined;
    if (name.length > 64) {
      tooLong = name;
      name = `${name.slice(0, 57)}_${shortHash(name)}`;
    }
    let collidesWith: Endpoint | undefined;
    let duplicate = false;
    if (taken.has(name)) {
      collidesWith = firstOf.get(name);
      duplicate = collidesWith !== undefined && sameEndpoint(collidesWith, b.endpoint);
      let n = 2;
      while (taken.has(`${name.slice(0, 61)}_${n}`)) n++;
      name = `${name.slice(0, 61)}_${n}`;
      alias = `${alias}_${n}`;
    } else firstOf.set(name, b.endpoint);
    taken.add(name);
    return { endpoint: b.endpoint, name, alias, ...(collidesWith ? { collidesWith } : {}), ...(duplicate ? { duplicate } : {}), ...(tooLong ? { tooLong } : {}) };
  });
}

/** One endpoint listed twice: the same path and the same method, an unstated method being GET (docs/spec-format.md). */
export function sameEndpoint(a: Pick<Endpoint, 'path' | 'method'>, b: Pick<Endpoint, 'path' | 'method'>): boolean {
  return a.path === b.path && (a.method ?? 'GET').toUpperCase() === (b.method ?? 'GET').toUpperCase();
}

/** Six hex digits of a string's FNV-1a hash: stable across runs and platforms. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
}
