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
