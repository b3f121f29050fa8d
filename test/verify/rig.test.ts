/**
 * `bolt verify` on the seed spec against the loopback rig (real Caddy, PostgreSQL, Redis, an MCP
 * server behind Caddy). The Docker probe can only be tested against a stand-in: a loopback
 * unix-socket HTTP server that speaks the Engine API's `/containers/json` shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/load/index.js';
import { expectedImage } from '../../src/verify/probes/docker.js';
import { bolt } from '../helpers/cli.js';
import { makeCa, makeLeaf, type Running, startRedis, startTlsServer, type TestCa } from '../helpers/servers.js';
import { engineContainer, type Rig, startRig } from './rig.js';

const root = new URL('../..', import.meta.url).pathname;

interface JsonCheck {
  service?: string;
  kind: string;
  target: string;
  ok: boolean;
  ms: number;
  detail: string;
  result: string;
}
interface JsonReport {
  checks: JsonCheck[];
  summary: { passed: number; failed: number; skipped: number; total: number };
}

let rig: Rig;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const { model, lock } = await loadSpecs({ cwd: root });
  const containers = model.inventory!.tiers.flatMap((t) => t.containers);
  const listed = containers.filter((c) => c.status === 'running').map((c) => engineContainer(c.name, expectedImage(c, lock) ?? 'custom:local'));
  rig = await startRig(model, listed);
  env = { NO_COLOR: '1', PGUSER: rig.postgres.user, PGPASSWORD: rig.postgres.password, DOCKER_HOST: `unix://${rig.docker.socket}` };
}, 90_000);

afterAll(async () => {
  await rig?.stop();
});

async function verifyJson(extra: string[] = [], before: string[] = [], e: NodeJS.ProcessEnv = env): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const r = await bolt(['verify', ...before, ...rig.args, ...extra, '--format', 'json'], root, e);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

const byTarget = (report: JsonReport, kind: string, target: string): JsonCheck | undefined =>
  report.checks.find((c) => c.kind === kind && c.target === target);

describe('bolt verify against the rig', () => {
  it('reports every kind passing when all is healthy', async () => {
    const { code, report, stderr } = await verifyJson();
    expect(stderr).toBe('');
    const failing = report.checks.filter((c) => c.result !== 'pass');
    expect(failing).toEqual([]);
    expect(code).toBe(0);
    expect(new Set(report.checks.map((c) => c.kind))).toEqual(new Set(['tcp', 'tls', 'http', 'postgres', 'redis', 'docker', 'mcp']));
    expect(byTarget(report, 'http', 'https://api.smarterbot.cl/health')!.detail).toMatch(/body matches the Expected Health Response/);
    expect(byTarget(report, 'postgres', 'postgres:5432')!.detail).toMatch(/SELECT 1 → 1/);
    expect(byTarget(report, 'redis', 'redis:6379')!.detail).toBe('PING → PONG');
    expect(byTarget(report, 'mcp', 'https://api.smarterbot.cl/mcp')!.detail).toMatch(/4 tools, as in/);
    expect(byTarget(report, 'tls', 'api.smarterbot.cl:443')!.detail).toMatch(/Caddy Local Authority.*5\d days left/);
    expect(report.summary).toMatchObject({ failed: 0, skipped: 0 });
  }, 30_000);

  it('probes the published ports on the server address with --from host (issue 18.5)', async () => {
    const to = (port: number, local: number) => ['--connect-to', `box.test:${port}:127.0.0.1:${local}`];
    const h = rig.caddy.httpPort;
    const before = [
      ...['--from', 'host', '--host', 'box.test'],
      ...to(8001, rig.mcp.port), ...to(5432, rig.postgres.port), ...to(6379, rig.redis.port),
      ...to(8069, h), ...to(5678, h), ...to(80, h), ...to(443, rig.caddy.httpsPort),
    ];
    const { code, report } = await verifyJson([], before);
    expect(report.checks.filter((c) => c.result !== 'pass')).toEqual([]);
    expect(code).toBe(0);
    // smartapi is `8001→8000`: from outside, the published 8001 on the server.
    expect(byTarget(report, 'tcp', 'box.test:8001')).toMatchObject({ service: 'smartapi', result: 'pass' });
    expect(byTarget(report, 'postgres', 'box.test:5432')!.detail).toMatch(/SELECT 1 → 1/);
    expect(byTarget(report, 'redis', 'box.test:6379')!.detail).toBe('PING → PONG');
    expect(report.checks.some((c) => c.kind === 'tcp' && c.target.startsWith('smartapi:'))).toBe(false);
    const pretty = await bolt(['verify', ...before, ...rig.args, '--only', 'tcp'], root, env);
    expect(pretty.stdout).toMatch(/\ntcp\s+box\.test:8001 \(smartapi\)\s+pass/);
  }, 30_000);

  it('prints a table in pretty format', async () => {
    const r = await bolt(['verify', ...rig.args], root, env);
    if (process.env.BOLT_SHOW) console.log(r.stdout);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^KIND\s+TARGET\s+RESULT\s+TIME\s+DETAIL/);
    expect(r.stdout).toMatch(/\ntls\s+api\.smarterbot\.cl:443\s+pass\s+\d+ms/);
    expect(r.stdout).toMatch(/\d+ passed, 0 failed, 0 skipped/);
  }, 30_000);

  it('fails the API health check on a degraded body, naming the field', async () => {
    const { code, report } = await verifyJson([], ['--connect-to', `api.smarterbot.cl:443:127.0.0.1:${rig.degradedPort}`, '--only', 'http,tls']);
    expect(code).toBe(1);
    const api = byTarget(report, 'http', 'https://api.smarterbot.cl/health')!;
    expect(api).toMatchObject({ result: 'fail', ok: false });
    expect(api.detail).toBe('status: expected "healthy", got "degraded"');
    expect(report.checks.filter((c) => c.result === 'fail')).toHaveLength(1);
  }, 30_000);

  it('fails TCP and skips Redis when Redis is stopped', async () => {
    const stopped: Running = await startRedis();
    await stopped.stop();
    const { code, report } = await verifyJson([], ['--connect-to', `redis:6379:127.0.0.1:${stopped.port}`, '--only', 'tcp,redis']);
    expect(code).toBe(1);
    expect(byTarget(report, 'tcp', 'redis:6379')).toMatchObject({ result: 'fail', detail: expect.stringMatching(/^connection refused by redis:6379 via 127\.0\.0\.1:\d+$/) });
    expect(byTarget(report, 'redis', 'redis:6379')).toMatchObject({ result: 'skip', detail: 'skipped: tcp redis:6379 failed' });
  }, 30_000);

  it('fails a black-holed host within the timeout, and skips what depends on it', async () => {
    const hole = `127.0.0.1:${rig.blackhole.port}`;
    const t0 = Date.now();
    const { code, report } = await verifyJson(
      ['--timeout', '500'],
      ['--connect-to', `redis:6379:${hole}`, '--connect-to', `api.smarterbot.cl:443:${hole}`, '--connect-to', `postgres:5432:${hole}`],
    );
    const elapsed = Date.now() - t0;
    expect(code).toBe(1);
    expect(elapsed).toBeLessThan(3000);
    for (const [kind, target] of [['redis', 'redis:6379'], ['tls', 'api.smarterbot.cl:443'], ['postgres', 'postgres:5432']] as const) {
      expect(byTarget(report, kind, target)).toMatchObject({ result: 'timeout', detail: 'no answer within 500 ms' });
      expect(byTarget(report, kind, target)!.ms).toBeLessThan(1000);
    }
    expect(byTarget(report, 'http', 'https://api.smarterbot.cl/health')).toMatchObject({ result: 'skip', detail: 'skipped: tls api.smarterbot.cl:443 timed out' });
    expect(byTarget(report, 'mcp', 'https://api.smarterbot.cl/mcp')!.result).toBe('skip');
    expect(byTarget(report, 'tls', 'odoo.smarterbot.cl:443')!.result).toBe('pass');
  }, 30_000);

  describe('certificates made with openssl', () => {
    let ca: TestCa;
    const servers: Running[] = [];
    beforeAll(async () => {
      ca = await makeCa();
    });
    afterAll(async () => {
      for (const s of servers) await s.stop();
      ca?.remove();
    });
    const serve = async (leaf: { cert: string; key: string }): Promise<number> => {
      const s = await startTlsServer(leaf);
      servers.push(s);
      return s.port;
    };

    it('fails an expired certificate and skips HTTP over it', async () => {
      const port = await serve(await makeLeaf(ca, ['api.smarterbot.cl'], { start: '20200101000000Z', end: '20200201000000Z' }));
      const { code, report } = await verifyJson(['--ca-file', ca.cert], ['--connect-to', `api.smarterbot.cl:443:127.0.0.1:${port}`, '--only', 'tls,http']);
      expect(code).toBe(1);
      expect(byTarget(report, 'tls', 'api.smarterbot.cl:443')).toMatchObject({ result: 'fail', detail: 'certificate expired on 2020-02-01' });
      expect(byTarget(report, 'http', 'https://api.smarterbot.cl/health')!.result).toBe('skip');
    }, 30_000);

    it('fails a certificate for another host', async () => {
      const port = await serve(await makeLeaf(ca, ['wrong.example'], { days: 30 }));
      const { report } = await verifyJson(['--ca-file', ca.cert], ['--connect-to', `api.smarterbot.cl:443:127.0.0.1:${port}`, '--only', 'tls']);
      expect(byTarget(report, 'tls', 'api.smarterbot.cl:443')).toMatchObject({ result: 'fail', detail: 'certificate is for `wrong.example`, expected `api.smarterbot.cl`' });
    }, 30_000);

    it('fails an untrusted chain without --ca-file, and HTTP too with --only http', async () => {
      const port = await serve(await makeLeaf(ca, ['api.smarterbot.cl'], { days: 30 }));
      const { report } = await verifyJson([], ['--connect-to', `api.smarterbot.cl:443:127.0.0.1:${port}`, '--only', 'tls,http']);
      expect(byTarget(report, 'tls', 'api.smarterbot.cl:443')!.detail).toMatch(/issuer is not trusted \(pass its CA with --ca-file/);
      const only = await verifyJson([], ['--connect-to', `api.smarterbot.cl:443:127.0.0.1:${port}`, '--only', 'http']);
      expect(byTarget(only.report, 'http', 'https://api.smarterbot.cl/health')).toMatchObject({ result: 'fail', detail: expect.stringMatching(/^TLS: issuer is not trusted/) });
      const insecure = await verifyJson(['--insecure'], ['--connect-to', `api.smarterbot.cl:443:127.0.0.1:${port}`, '--only', 'http']);
      // Past TLS: the test server's one-field body is what fails now.
      expect(byTarget(insecure.report, 'http', 'https://api.smarterbot.cl/health')!.detail).toMatch(/^\w+: expected "configured", got nothing \(missing\)/);
    }, 30_000);

    it('warns inside the warning band and fails below --min-days', async () => {
      const port = await serve(await makeLeaf(ca, ['api.smarterbot.cl'], { days: 20 }));
      const args = ['--connect-to', `api.smarterbot.cl:443:127.0.0.1:${port}`, '--only', 'tls', '--ca-file', ca.cert];
      const warn = await verifyJson([], args);
      expect(warn.code).toBe(0);
      expect(byTarget(warn.report, 'tls', 'api.smarterbot.cl:443')).toMatchObject({ result: 'pass', warning: expect.stringMatching(/^certificate expires in (19|20) days/) });
      const fail = await verifyJson(['--min-days', '30'], args);
      expect(fail.code).toBe(1);
      expect(byTarget(fail.report, 'tls', 'api.smarterbot.cl:443')!.detail).toMatch(/^certificate expires in (19|20) days \(.*\), expected at least 30$/);
    }, 30_000);
  });

  it('writes JUnit with one testcase per check', async () => {
    const r = await bolt(['verify', '--connect-to', `api.smarterbot.cl:443:127.0.0.1:${rig.degradedPort}`, ...rig.args, '--format', 'junit', '--only', 'http'], root, env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="bolt verify" tests="3" failures="1" errors="0" skipped="0"/);
    expect(r.stdout).toContain('<testcase classname="bolt.verify.http" name="http https://api.smarterbot.cl/health — answers 2xx with the Expected Health Response"');
    expect(r.stdout).toContain('<failure message="status: expected &quot;healthy&quot;, got &quot;degraded&quot;" type="fail">');
  }, 30_000);

  it('exits 2 on bad usage', async () => {
    for (const args of [['--only', 'smtp'], ['--resolve', 'nope'], ['--format', 'xml'], ['--timeout', '0'], ['--ca-file', '/nonexistent.pem'], ['--registry', '/nonexistent.json']]) {
      const r = await bolt(['verify', ...args], root, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Unexpected|Cannot read/);
    }
  });
});
