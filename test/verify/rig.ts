/**
 * The test rig for the seed spec: Caddy (internal CA) serving every routed domain's health
 * endpoint over TLS and proxying `/mcp` to a test MCP server, PostgreSQL, Redis, a black hole and a
 * Docker Engine stand-in — all on loopback — plus the `--connect-to` flags that map the spec's
 * hosts onto them.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { SpecModel } from '../../src/model/schema.js';
import { type Running, startBlackhole, startCaddy, startPostgres, startRedis, tempDir, type RunningCaddy } from '../helpers/servers.js';
import { startMcpServer } from './mcp-server.js';

/** The MCP tools the test server exposes and the rig's registry lists. */
export const RIG_TOOLS = ['core_health', 'odoo_search_read', 'odoo_create', 'n8n_workflows'];

/** Everything the rig runs. */
export interface Rig {
  caddy: RunningCaddy;
  /** An HTTPS port where api.smarterbot.cl answers a degraded health body. */
  degradedPort: number;
  postgres: Running & { user: string; password: string };
  redis: Running;
  blackhole: Running;
  mcp: Running;
  docker: { socket: string; stop(): Promise<void> };
  registry: string;
  dir: string;
  /** `--connect-to` flags mapping the seed's hosts and ports onto the rig. */
  args: string[];
  stop(): Promise<void>;
}

/** A Docker Engine API stand-in on a unix socket: `GET /containers/json` returns `containers`. */
export async function startDockerApi(socket: string, containers: unknown[]): Promise<{ socket: string; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.url?.split('?')[0]?.endsWith('/containers/json')) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(containers));
    else res.writeHead(404).end('{"message":"page not found"}');
  });
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  return { socket, stop: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

/** One `/containers/json` entry. */
export function engineContainer(name: string, image: string, state = 'running', health = 'healthy'): unknown {
  return { Id: name, Names: [`/${name}`], Image: image, State: state, Status: state === 'running' ? `Up 2 hours (${health})` : 'Exited (0) 1 hour ago', Labels: {} };
}

/** Starts the rig for `model` (the seed): healthy body from its Expected Health Response. */
export async function startRig(model: SpecModel, dockerContainers: unknown[]): Promise<Rig> {
  const tmp = tempDir('bolt-rig-');
  const started: { stop(): Promise<void> }[] = [];
  const keep = <T extends { stop(): Promise<void> }>(s: T): T => (started.push(s), s);
  const stop = async (): Promise<void> => {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
    tmp.remove();
  };
  try {
    const expected = model.monitoring?.expectedHealth?.json ?? { status: 'healthy' };
    const healthy = JSON.stringify(expected);
    const degraded = JSON.stringify({ ...expected, status: 'degraded' });
    const [postgres, redis, blackhole, mcp] = await Promise.all([startPostgres(), startRedis(), startBlackhole(), startMcpServer(RIG_TOOLS)]);
    [postgres, redis, blackhole, mcp].forEach(keep);
    const { freePort } = await import('../helpers/servers.js');
    const degradedPort = await freePort();
    const json = (body: string): string[] => ['header Content-Type application/json', `respond \`${body}\` 200`];
    const caddy = keep(
      await startCaddy(({ httpPort, httpsPort }) => [
        { address: `http://localhost:${httpPort}`, body: ['respond "ok" 200'] },
        { address: `smarterbot.cl:${httpsPort}`, body: ['respond "home" 200'] },
        { address: `api.smarterbot.cl:${httpsPort}`, body: ['handle /health {', ...json(healthy).map((l) => `\t${l}`), '}', 'handle /mcp* {', `\treverse_proxy 127.0.0.1:${mcp.port}`, '}'] },
        { address: `odoo.smarterbot.cl:${httpsPort}`, body: ['respond /web/health "ok" 200'] },
        { address: `n8n.smarterbot.cl:${httpsPort}`, body: ['respond /health `{"status":"ok"}` 200'] },
        { address: `api.smarterbot.cl:${degradedPort}`, body: ['handle /health {', ...json(degraded).map((l) => `\t${l}`), '}'] },
      ]),
    );
    const docker = keep(await startDockerApi(join(tmp.dir, 'docker.sock'), dockerContainers));
    const registry = join(tmp.dir, 'registry.json');
    writeFileSync(registry, JSON.stringify({ name: 'rig', version: '1.2.0', categories: {}, tools: RIG_TOOLS.map((name) => ({ name })) }));
    const h = caddy.httpPort;
    const args = [
      '--connect-to', `:443:127.0.0.1:${caddy.httpsPort}`,
      '--connect-to', `postgres:5432:127.0.0.1:${postgres.port}`,
      '--connect-to', `redis:6379:127.0.0.1:${redis.port}`,
      '--connect-to', `smartapi:8000:127.0.0.1:${mcp.port}`,
      '--connect-to', `odoo:8069:127.0.0.1:${h}`,
      '--connect-to', `n8n:5678:127.0.0.1:${h}`,
      '--connect-to', `caddy:80:127.0.0.1:${h}`,
      '--ca-file', caddy.rootCa,
      '--registry', registry,
      '--mapped-only',
    ];
    return { caddy, degradedPort, postgres, redis, blackhole, mcp, docker, registry, dir: tmp.dir, args, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
