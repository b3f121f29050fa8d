/**
 * `registry.json`: the MCP tool catalogue of the unified API (see src/mcp/registry-data.ts),
 * serialized with two-space indentation and a final newline.
 */
import { registryDocument } from './tools/registry-data.js';
import type { Generator } from './types.js';

/** The `registry` generator. */
export const registry: Generator = {
  id: 'registry',
  description: 'registry.json: the MCP tool catalogue of the unified API',
  generate: ({ model, toolSchemas, memo }) => [{ path: 'registry.json', contents: `${JSON.stringify(registryDocument(model, { schemas: toolSchemas, memo }), null, 2)}\n` }],
};
