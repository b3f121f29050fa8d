/**
 * The generated MCP server stub (`out/mcp/`, from `bolt build`) against the generated
 * `out/registry.json`, through the `mcp` probe: its `createServer()` served over stateless
 * Streamable HTTP on loopback must list exactly the registry's tools.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { parseEndpointMap } from '../../src/verify/endpoints.js';
import { mcpCheck } from '../../src/verify/probes/mcp.js';
import { loadRegistryTools } from '../../src/verify/registry.js';
import { runChecks } from '../../src/verify/runner.js';
import type { Running } from '../helpers/servers.js';
import { startMcpServer } from './mcp-server.js';

const root = new URL('../..', import.meta.url).pathname;
const stub = `${root}out/mcp/src/server.ts`;

describe.runIf(existsSync(stub) && existsSync(`${root}out/registry.json`))('the generated MCP stub', () => {
  let server: Running;
  beforeAll(async () => {
    const mod = (await import(/* @vite-ignore */ stub)) as { createServer(options: { baseUrl: string }): McpServer };
    // tools/list never calls the API; the base URL only has to be loopback.
    server = await startMcpServer(() => mod.createServer({ baseUrl: 'http://127.0.0.1:9' }));
  });
  afterAll(async () => server?.stop());

  it('lists exactly the tools of out/registry.json', async () => {
    const registry = await loadRegistryTools(root, 'out/registry.json');
    const net = { map: parseEndpointMap([], [`api.smarterbot.cl:80:127.0.0.1:${server.port}`]), ca: [], insecure: false };
    const report = await runChecks([mcpCheck('http://api.smarterbot.cl/mcp', registry, [])], { net, concurrency: 1, timeoutMs: 5000, deadlineMs: 10_000, retries: 0 });
    expect(report.checks[0]).toMatchObject({ result: 'pass', detail: expect.stringMatching(/^smarteros-mcp \S+: \d+ tools, as in out\/registry\.json$/) });
  });
});
