/**
 * A tiny MCP server for the `mcp` probe's tests: the SDK's McpServer over stateless Streamable
 * HTTP (a fresh server and transport per request, JSON responses), on a free loopback port.
 * It also serves the generated stub's `createServer()` (see stub.test.ts).
 */
import { createServer, type IncomingMessage } from 'node:http';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Running } from '../helpers/servers.js';

/** A server factory without side effects: registers one no-op tool per name. */
export function createMcpServer(tools: string[]): McpServer {
  const server = new McpServer({ name: 'test-unified-api', version: '1.2.0' });
  for (const name of tools) {
    server.registerTool(name, { description: `test tool ${name}` }, async () => ({ content: [{ type: 'text', text: 'ok' }] }));
  }
  return server;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Serves MCP at every path on 127.0.0.1 (POST only; GET/DELETE answer 405, as stateless servers do). */
export async function startMcpServer(tools: string[] | (() => McpServer)): Promise<Running> {
  const factory = typeof tools === 'function' ? tools : () => createMcpServer(tools);
  const http = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    void (async () => {
      const server = factory();
      const transport = new StreamableHTTPServerTransport({ enableJsonResponse: true });
      res.on('close', () => void transport.close().then(() => server.close()));
      await server.connect(transport);
      await transport.handleRequest(req, res, await readJson(req));
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as { port: number };
  return { port, stop: () => new Promise<void>((resolve) => (http.closeAllConnections(), http.close(() => resolve()))) };
}
