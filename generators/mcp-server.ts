/** Placeholder for the `mcp-server` generator (being written). */
import type { Generator } from './types.js';

export const mcpServer: Generator = {
  id: 'mcp-server',
  description: 'mcp-server (not implemented yet)',
  generate: () => [],
};
