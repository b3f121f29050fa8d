/**
 * The generator registry, in output order. `bolt build --only` takes these ids.
 */
import { caddyfile } from './caddyfile/index.js';
import { compose } from './compose.js';
import { envExample } from './env-example.js';
import { mcpServer } from './mcp-server.js';
import { osMd } from './os-md/index.js';
import { regions } from './regions.js';
import { registry } from './registry.js';
import { stack } from './stack/index.js';
import type { Generator } from './types.js';

/** Every generator. */
export const GENERATORS: Generator[] = [compose, caddyfile, registry, envExample, regions, osMd, mcpServer, stack];
