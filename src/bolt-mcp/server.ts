/**
 * `bolt mcp`: Bolt Lab itself as an MCP server, for agents that maintain the spec. The factory
 * has no side effects; src/cli/commands/mcp.ts connects it to stdio.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import { isBoltError } from '../errors/index.js';
import { VERSION } from '../paths.js';
import {
  type BoltWorkspace,
  buildDryRun,
  checkDrift,
  listEndpoints,
  listRoutes,
  listSecrets,
  listServices,
  validateTool,
  verifyTool,
} from './tools.js';

const READ = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

function ok(result: object): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(result, null, 2) }], structuredContent: result as Record<string, unknown> };
}

function failed(error: unknown): CallToolResult {
  const text = isBoltError(error) ? error.format() : error instanceof Error ? error.message : String(error);
  return { isError: true, content: [{ type: 'text', text }] };
}

async function guarded(fn: () => Promise<object>): Promise<CallToolResult> {
  try {
    return ok(await fn());
  } catch (error) {
    return failed(error);
  }
}

const verifyInput = {
  only: z.array(z.enum(['tcp', 'tls', 'http', 'postgres', 'redis', 'docker', 'mcp'])).optional().describe('Kinds of checks to run (default all).'),
  resolve: z.array(z.string().min(1)).optional().describe('curl-style `HOST:PORT:ADDR` pins, as `bolt verify --resolve`.'),
  connect_to: z.array(z.string().min(1)).optional().describe('curl-style `HOST1:PORT1:HOST2:PORT2` redirects, as `bolt verify --connect-to`.'),
  ca_file: z.array(z.string().min(1)).optional().describe('Extra CA certificate files (PEM) to trust.'),
  timeout_ms: z.number().int().min(1).optional().describe('Per-check timeout in milliseconds.'),
  mapped_only: z.boolean().optional().describe('Skip targets no resolve/connect_to maps (never resolve spec names).'),
  from: z.enum(['network', 'host']).optional().describe('Where port checks run from, as `bolt verify --from`: `network` (inside the compose network, container names) or `host` (the server address and published ports; default when `host` is given).'),
  host: z.string().min(1).optional().describe("The server's name or IP address for `from: host`, as `bolt verify --host` (default: `live.host` in bolt.config.yaml)."),
  allow_empty: z.boolean().optional().describe('Report `passed: true` even when every check was skipped (nothing checked), as `bolt verify --allow-empty`.'),
};

/** Builds the `bolt mcp` server for a workspace. */
export function createBoltServer(ws: BoltWorkspace): McpServer {
  const server = new McpServer({ name: 'bolt-lab', version: VERSION }, { instructions: 'Bolt Lab: validate and query the SmarterOS spec (specs/*.md), preview builds and drift, verify live services.' });
  server.registerTool(
    'validate',
    { title: 'Validate the spec', description: 'Runs every lint rule over the specs; returns diagnostics (ruleId, severity, message, file:line:column, hint) and counts.', annotations: READ },
    () => guarded(() => validateTool(ws)),
  );
  server.registerTool(
    'list_services',
    { title: 'List services', description: 'Containers of the Container Inventory: name, tier, image, ports, status, purpose and where each is written.', annotations: READ },
    () => guarded(() => listServices(ws)),
  );
  server.registerTool(
    'list_routes',
    { title: 'List routes', description: 'Domain routes (host → target:port, planned, external) and the Caddyfile block’s sites.', annotations: READ },
    () => guarded(() => listRoutes(ws)),
  );
  server.registerTool(
    'list_endpoints',
    { title: 'List API endpoints', description: 'API endpoints as the MCP tools registry.json lists: tool name, dotted alias, HTTP method and where it came from, path, annotations.', annotations: READ },
    () => guarded(() => listEndpoints(ws)),
  );
  server.registerTool(
    'list_secrets',
    { title: 'List secret names', description: 'Secret keys of Secrets Management by name and group, whether each is a placeholder; never a value.', annotations: READ },
    () => guarded(() => listSecrets(ws)),
  );
  server.registerTool(
    'build_dry_run',
    {
      title: 'Preview a build',
      description: 'What `bolt build` would do, writing nothing: whether validation would refuse it, and a unified diff per output file that would change.',
      inputSchema: { only: z.array(z.string().min(1)).optional().describe('Generator ids to run (compose, caddyfile, registry, env, regions, os-md, mcp); default all.') },
      annotations: READ,
    },
    ({ only }) => guarded(() => buildDryRun(ws, only)),
  );
  server.registerTool(
    'check_drift',
    { title: 'Check drift', description: 'Compares the committed outputs (out/) with what the specs generate, as `bolt check`: the drifted files and counts.', annotations: READ },
    () => guarded(() => checkDrift(ws)),
  );
  server.registerTool(
    'verify',
    {
      title: 'Verify live services',
      description: 'Runs `bolt verify` against the running services (health URLs, TLS, ports, PostgreSQL, Redis, Docker, MCP) and returns its JSON report; `passed` is false when a check failed or, unless `allow_empty`, every check was skipped (nothing checked).',
      inputSchema: verifyInput,
      annotations: { ...READ, idempotentHint: false, openWorldHint: true },
    },
    async (input) => {
      return guarded(() =>
        verifyTool(ws, {
          only: input.only?.length ? input.only : undefined,
          resolve: input.resolve,
          connectTo: input.connect_to,
          caFile: input.ca_file,
          timeout: input.timeout_ms,
          mappedOnly: input.mapped_only,
          from: input.from,
          host: input.host,
        }, { allowEmpty: input.allow_empty === true }),
      );
    },
  );
  return server;
}
