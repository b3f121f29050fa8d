/** Hand-built SpecModels for probe tests (no parser involved). */
import type { Container, SpecModel } from '../../src/model/schema.js';
import { emptyModel } from '../../src/parse/spec.js';

/** A container row: `name`, `image:tag`, ports `[host, container]`, status. */
export function container(name: string, image: string, ports: [number, number][], status: Container['status'] = 'running'): Container {
  const [imageName, tag] = image.split(':');
  return {
    name,
    image: { raw: image, name: imageName, tag },
    ports: ports.map(([host, c]) => ({ raw: `${host}→${c}`, host, container: c, protocol: 'tcp' as const })),
    purpose: name,
    status,
    tier: 'production',
    extra: {},
  };
}

/** A model with an inventory, live routes and the API/MCP/monitoring sections. */
export function model(parts: { containers?: Container[]; routes?: string[]; health?: string[]; expected?: Record<string, unknown>; api?: string; mcp?: string }): SpecModel {
  const m = emptyModel();
  m.inventory = { tiers: [{ id: 'production', title: 'Production', columns: [], containers: parts.containers ?? [] }] };
  m.routing = {
    groups: [],
    routes: (parts.routes ?? []).map((host) => ({ host, via: 'Caddy', target: 'smartapi', port: 8000, external: false, planned: false, group: 'Production' })),
  };
  m.monitoring = {
    healthUrls: (parts.health ?? []).map((url) => ({ url, description: url })),
    expectedHealth: parts.expected ? { title: 'Expected Health Response', json: parts.expected, code: JSON.stringify(parts.expected) } : undefined,
  };
  if (parts.api) m.api = { title: 'Unified API', host: parts.api, categories: [] };
  if (parts.mcp) m.mcp = { mount: { title: 'mount', fields: [], endpoint: parts.mcp } };
  return m;
}
