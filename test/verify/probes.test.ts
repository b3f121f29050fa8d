/**
 * Probes on hand-built models against loopback servers: Docker (a stand-in — the Engine API can
 * only be tested through a loopback unix-socket HTTP server speaking `/containers/json`), MCP
 * tool differences, Redis AUTH, PostgreSQL without credentials, and retries.
 */
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lock } from '../../src/model/schema.js';
import { parseEndpointMap } from '../../src/verify/endpoints.js';
import { verify, type VerifyOptions } from '../../src/verify/index.js';
import { dockerEndpoint } from '../../src/verify/probes/docker-api.js';
import { mcpCheck } from '../../src/verify/probes/mcp.js';
import { runChecks } from '../../src/verify/runner.js';
import { normalizeImage } from '../../src/verify/probes/docker.js';
import { startPostgres, startRedis, tempDir, type Running } from '../helpers/servers.js';
import { startMcpServer } from './mcp-server.js';
import { container, model } from './model.js';
import { engineContainer, startDockerApi } from './rig.js';

function options(o: Partial<VerifyOptions> & Pick<VerifyOptions, 'model'>, connectTo: string[] = []): VerifyOptions {
  return {
    net: { map: parseEndpointMap([], connectTo), ca: [], insecure: false },
    expiry: { minDays: 14, warnDays: 28 },
    registry: { file: 'out/registry.json', missing: 'no out/registry.json' },
    docker: { kind: 'none', reason: 'no docker' },
    concurrency: 8,
    timeoutMs: 3000,
    deadlineMs: 20_000,
    retries: 0,
    mappedOnly: true,
    ...o,
  };
}

describe('docker (Engine API stand-in on a unix socket)', () => {
  const tmp = tempDir('bolt-docker-');
  let api: { stop(): Promise<void> };
  const socket = join(tmp.dir, 'docker.sock');
  beforeAll(async () => {
    api = await startDockerApi(socket, [
      engineContainer('postgres', 'docker.io/library/postgres:16'),
      engineContainer('redis', 'redis:7', 'running', 'unhealthy'),
      engineContainer('odoo', 'odoo:19', 'exited'),
      engineContainer('vault', 'vault:1.15'),
      engineContainer('watchtower', 'containrrr/watchtower'),
    ]);
  });
  afterAll(async () => {
    await api?.stop();
    tmp.remove();
  });

  it('compares state, image:tag (versions.lock first) and health with the inventory', async () => {
    const lock: Lock = { file: 'specs/versions.lock', schema: 1, images: [{ service: 'postgres', image: 'postgres', tag: '15' }] };
    const m = model({
      containers: [
        container('postgres', 'postgres:16', []),
        container('redis', 'redis:7', []),
        container('odoo', 'odoo:19', []),
        container('vault', 'vault:1.15', [], 'planned'),
        container('chatwoot', 'chatwoot/chatwoot:latest', [], 'planned'),
        container('n8n', 'n8nio/n8n:1.75', []),
      ],
    });
    const report = await verify(options({ model: m, lock, docker: dockerEndpoint({ DOCKER_HOST: `unix://${socket}` }), only: new Set(['docker']) }));
    const rows = Object.fromEntries(report.checks.map((c) => [c.target, [c.result, c.detail, c.warning]]));
    expect(rows).toEqual({
      [`unix://${socket}`]: ['pass', '5 containers, 4 running', undefined],
      postgres: ['fail', 'image: expected `postgres:15`, got `postgres:16`', undefined],
      redis: ['fail', 'health: expected `healthy`, got `unhealthy`', undefined],
      odoo: ['fail', 'Unexpected state `exited`, expected `running`', undefined],
      vault: ['fail', 'Unexpected state `running`, expected not running (the spec says `planned`; update the spec)', undefined],
      chatwoot: ['pass', 'absent, as the spec\'s status `planned` says', undefined],
      n8n: ['fail', 'Unexpected state `absent`, expected `running`', undefined],
      'unlisted containers': ['pass', '1 not in the inventory', 'running but not in the inventory: watchtower'],
    });
  });

  it('is skipped with a reason when there is no Engine', async () => {
    const docker = dockerEndpoint({}, join(tmp.dir, 'no-such.sock'));
    const report = await verify(options({ model: model({}), docker, only: new Set(['docker']) }));
    expect(report.checks.map((c) => [c.result, c.detail])).toEqual([['skip', `no Docker Engine: DOCKER_HOST is unset and ${join(tmp.dir, 'no-such.sock')} does not exist`]]);
  });

  it('normalizes image references', () => {
    expect(normalizeImage('docker.io/library/redis')).toBe('redis:latest');
    expect(normalizeImage('ghcr.io/acme/api:1.2@sha256:abc')).toBe('ghcr.io/acme/api:1.2');
    expect(normalizeImage('localhost:5000/api')).toBe('localhost:5000/api:latest');
  });
});

describe('mcp (SDK client against an SDK server over Streamable HTTP)', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startMcpServer(['odoo_search_read', 'odoo_create', 'debug_echo']);
  });
  afterAll(async () => server?.stop());

  const run = async (names: string[]) => {
    // Plain HTTP here (the check takes any URL); the rig test covers HTTPS through Caddy.
    const check = mcpCheck('http://api.test/mcp', { file: 'out/registry.json', names }, []);
    const net = { map: parseEndpointMap([], [`api.test:80:127.0.0.1:${server.port}`]), ca: [], insecure: false };
    return (await runChecks([check], { net, concurrency: 1, timeoutMs: 3000, deadlineMs: 10_000, retries: 0 })).checks[0]!;
  };

  it('passes when tools/list equals the registry', async () => {
    expect(await run(['debug_echo', 'odoo_create', 'odoo_search_read'])).toMatchObject({ result: 'pass', detail: 'test-unified-api 1.2.0: 3 tools, as in out/registry.json' });
  });

  it('names missing and unexpected tools', async () => {
    expect(await run(['odoo_search_read', 'odoo_create', 'n8n_workflows'])).toMatchObject({
      result: 'fail',
      detail: 'missing 1 registry tools: `n8n_workflows`; unexpected 1 tools not in the registry: `debug_echo`',
    });
  });

  it('is skipped without a registry', async () => {
    const check = mcpCheck('http://api.test/mcp', { file: 'out/registry.json', missing: 'no out/registry.json to compare with' }, []);
    const net = { map: parseEndpointMap(), ca: [], insecure: false };
    const report = await runChecks([check], { net, concurrency: 1, timeoutMs: 3000, deadlineMs: 10_000, retries: 0 });
    expect(report.checks[0]).toMatchObject({ result: 'skip', detail: 'no out/registry.json to compare with' });
  });
});

describe('redis and postgres', () => {
  let redis: Running;
  let pg: Running;
  beforeAll(async () => {
    [redis, pg] = await Promise.all([startRedis({ password: 's3cret' }), startPostgres()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([redis?.stop(), pg?.stop()]);
  });
  // `db` publishes 5433→5432; from the Docker network (the default) it is reached on 5432.
  const m = model({ containers: [container('redis', 'redis:7', [[6379, 6379]]), container('db', 'postgres:15', [[5433, 5432]])] });
  const map = (): string[] => [`redis:6379:127.0.0.1:${redis.port}`, `db:5432:127.0.0.1:${pg.port}`];

  it('asks for AUTH when Redis needs it, and passes with it', async () => {
    const without = await verify(options({ model: m, only: new Set(['redis']) }, map()));
    expect(without.checks[0]).toMatchObject({ result: 'fail', detail: expect.stringMatching(/^Unexpected PING reply `-NOAUTH .*`, expected `\+PONG` \(set REDISCLI_AUTH or REDIS_PASSWORD\)$/) });
    const wrong = await verify(options({ model: m, only: new Set(['redis']), redis: { password: 'nope' } }, map()));
    expect(wrong.checks[0]!.detail).toMatch(/^Unexpected AUTH reply `-WRONGPASS/);
    const ok = await verify(options({ model: m, only: new Set(['redis']), redis: { password: 's3cret' } }, map()));
    expect(ok.checks[0]).toMatchObject({ result: 'pass', detail: 'PING → PONG (after AUTH)' });
  });

  it('shakes hands with PostgreSQL without credentials, and reports a failed login', async () => {
    const hand = await verify(options({ model: m, only: new Set(['postgres']) }, map()));
    expect(hand.checks[0]).toMatchObject({ result: 'pass', target: 'db:5432', detail: 'PostgreSQL handshake ok (SSL not offered); no PGUSER/PGPASSWORD, login not tried' });
    const bad = await verify(options({ model: m, only: new Set(['postgres']), pg: { user: 'postgres', password: 'wrong' } }, map()));
    expect(bad.checks[0]).toMatchObject({ result: 'fail', detail: expect.stringMatching(/^login as `postgres` failed: password authentication failed/) });
  });

  it('does not take a Redis for PostgreSQL', async () => {
    // Redis waits for a newline that an SSLRequest never sends: no answer, a timeout.
    const report = await verify(options({ model: m, only: new Set(['postgres']), timeoutMs: 300 }, [`db:5432:127.0.0.1:${redis.port}`]));
    expect(report.checks[0]).toMatchObject({ result: 'timeout', detail: 'no answer within 300 ms' });
  });
});

describe('retries', () => {
  it('retries a reset connection and marks the pass flaky', async () => {
    let connections = 0;
    const sockets = new Set<Socket>();
    // A fake Redis whose first connection is reset (RST), as a restarting server would.
    const server = createServer((s) => {
      sockets.add(s);
      if (++connections === 1) return void s.resetAndDestroy();
      s.on('data', () => s.write('+PONG\r\n'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const m = model({ containers: [container('redis', 'redis:7', [[6379, 6379]])] });
      const once = await verify(options({ model: m, only: new Set(['redis']) }, [`redis:6379:127.0.0.1:${port}`]));
      expect(once.checks[0]).toMatchObject({ result: 'fail', attempts: 1 });
      connections = 0;
      const retried = await verify(options({ model: m, only: new Set(['redis']), retries: 2 }, [`redis:6379:127.0.0.1:${port}`]));
      expect(retried.checks[0]).toMatchObject({ result: 'pass', attempts: 2, flaky: true });
      expect(retried.summary.flaky).toBe(1);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('docker, unreachable', () => {
  it('fails with the socket named when nothing listens', async () => {
    const tmp = tempDir('bolt-docker-gone-');
    try {
      const docker = dockerEndpoint({ DOCKER_HOST: `unix://${join(tmp.dir, 'gone.sock')}` });
      const report = await verify(options({ model: model({ containers: [container('redis', 'redis:7', [])] }), docker, only: new Set(['docker']) }));
      expect(report.checks.map((c) => [c.target, c.result, c.detail])).toEqual([
        [`unix://${join(tmp.dir, 'gone.sock')}`, 'fail', `no such socket: unix://${join(tmp.dir, 'gone.sock')}`],
        ['redis', 'skip', `skipped: docker unix://${join(tmp.dir, 'gone.sock')} failed`],
        ['unlisted containers', 'skip', `skipped: docker unix://${join(tmp.dir, 'gone.sock')} failed`],
      ]);
    } finally {
      tmp.remove();
    }
  });
});
