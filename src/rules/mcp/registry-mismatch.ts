/** `mcp/registry-mismatch`: the MCP mount's registry path is not the API's registry endpoint. */
import { defineRule } from '../types.js';
import { fieldPos } from '../lib/model.js';

export const registryMismatch = defineRule({
  id: 'mcp/registry-mismatch',
  severity: 'warning',
  description: 'The MCP mount\'s `**Registry:**` path differs from the API\'s MCP Registry endpoint, or is not a listed endpoint.',
  messages: {
    mismatch: { text: 'Unexpected registry path `{{path}}`, expected `{{expected}}` as the API section says', hint: 'use the same registry path in MCP Integration and API Endpoints' },
    unlisted: { text: 'Unexpected registry path `{{path}}`, expected a listed endpoint', hint: 'list `{{path}}` under API Endpoints (usually in `core`)' },
    api: { text: 'the API section names `{{expected}}` here' },
  },
  check(ctx) {
    const mount = ctx.model.mcp?.mount;
    const api = ctx.model.api;
    if (!mount?.registry || !api) return;
    const path = mount.registry;
    const pos = fieldPos(mount.fields, 'Registry', mount.pos);
    if (api.registry && api.registry.path !== path) {
      const data = { path, expected: api.registry.path };
      ctx.report({ message: 'mismatch', data, pos, cause: { message: 'api', data, pos: api.registry.pos } });
      return;
    }
    // The MCP Registry block declares its endpoint: it needs no second listing under a category.
    if (api.registry) return;
    const listed = api.categories.some((c) => c.endpoints.some((e) => e.path === path));
    if (!listed && api.categories.length > 0) ctx.report({ message: 'unlisted', data: { path }, pos });
  },
});
