/**
 * Where port checks are aimed (issue 18.5): from the Docker network a published `P→C` port is
 * `name:C`, from the host it is `<server>:P` — never `name:P`. Proven on plans, then against a real
 * Redis and PostgreSQL on loopback published under a free port, and through the CLI. A run in
 * which every check was skipped checked nothing: exit 1 unless `--allow-empty`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEndpointMap } from '../../src/verify/endpoints.js';
import { verify, type VerifyOptions } from '../../src/verify/index.js';
import { verifyOptionsFrom } from '../../src/verify/options.js';
import { deriveChecks } from '../../src/verify/targets.js';
import { chooseVantage } from '../../src/verify/vantage.js';
import { bolt } from '../helpers/cli.js';
import { type Running, startPostgres, startRedis } from '../helpers/servers.js';
import { container, model } from './model.js';

const root = new URL('../..', import.meta.url).pathname;
const base = { expiry: { minDays: 14, warnDays: 28 }, registry: { file: 'r.json', missing: 'none' }, docker: { kind: 'none', reason: 'no docker' } } as const;
const seedLike = model({ containers: [container('smartapi', 'api:1', [[8001, 8000]]), container('db', 'postgres:15', [[15432, 5432]]), container('cache', 'redis:7', [[16379, 6379]])] });
const plan = (vantage: Parameters<typeof deriveChecks>[1]['vantage']) =>
  deriveChecks(seedLike, { ...base, vantage }).filter((p) => ['tcp', 'postgres', 'redis'].includes(p.kind)).map((p) => [p.id, p.service, p.dependsOn]);

describe('the vantage of port checks', () => {
  it('aims at name:containerPort from the network (the default)', () => {
    const expected = [
      ['tcp smartapi:8000', 'smartapi', []],
      ['tcp db:5432', 'db', []],
      ['tcp cache:6379', 'cache', []],
      ['postgres db:5432', 'db', ['tcp db:5432']],
      ['redis cache:6379', 'cache', ['tcp cache:6379']],
    ];
    expect(plan({ from: 'network' })).toEqual(expected);
    expect(plan(undefined)).toEqual(expected);
  });

  it("aims at the server's address and the published port from the host", () => {
    expect(plan({ from: 'host', address: '203.0.113.5' })).toEqual([
      ['tcp 203.0.113.5:8001', 'smartapi', []],
      ['tcp 203.0.113.5:15432', 'db', []],
      ['tcp 203.0.113.5:16379', 'cache', []],
      ['postgres 203.0.113.5:15432', 'db', ['tcp 203.0.113.5:15432']],
      ['redis 203.0.113.5:16379', 'cache', ['tcp 203.0.113.5:16379']],
    ]);
    expect(plan({ from: 'host', address: '::1' })[0]![0]).toBe('tcp [::1]:8001');
  });

  it('probes a container port published twice once from the network, each published port from the host', () => {
    const web = model({ containers: [container('web', 'nginx:1', [[80, 80], [8080, 80]])] });
    const ids = (vantage: Parameters<typeof deriveChecks>[1]['vantage']) => deriveChecks(web, { ...base, vantage }).filter((p) => p.kind === 'tcp').map((p) => p.id);
    expect(ids({ from: 'network' })).toEqual(['tcp web:80']);
    expect(ids({ from: 'host', address: '10.0.0.5' })).toEqual(['tcp 10.0.0.5:80', 'tcp 10.0.0.5:8080']);
  });

  it('defaults to host when an address is given, and refuses host without one (exit 2)', () => {
    expect(chooseVantage(undefined, undefined)).toEqual({ from: 'network' });
    expect(chooseVantage(undefined, '203.0.113.5')).toEqual({ from: 'host', address: '203.0.113.5' });
    expect(chooseVantage('network', '203.0.113.5')).toEqual({ from: 'network' });
    expect(chooseVantage('host', '[::1]')).toEqual({ from: 'host', address: '::1' });
    expect(() => chooseVantage('host', undefined)).toThrow(/Missing the server's address for --from host, expected --host ADDR or `live.host`/);
    expect(() => chooseVantage('outside', undefined)).toThrow(/Unexpected value `outside` for `--from`, expected one of `network`, `host`/);
    expect(() => chooseVantage(undefined, 'https://203.0.113.5')).toThrow(/Unexpected address `https:\/\/203\.0\.113\.5` for `--host`/);
    expect(() => chooseVantage(undefined, '203.0.113.5:8001')).toThrow(/no scheme, path or port/);
  });

  it('reads live.from and live.host from the config; flags win', async () => {
    const loaded = { cwd: root, model: seedLike, issues: [], sources: {} };
    const config = { live: { host: '203.0.113.5' } };
    const opts = (request: object) => verifyOptionsFrom({ cwd: root, config, loaded, request: { registry: undefined, ...request }, env: {} });
    expect((await opts({})).vantage).toEqual({ from: 'host', address: '203.0.113.5' });
    expect((await opts({ from: 'network' })).vantage).toEqual({ from: 'network' });
    expect((await opts({ host: '198.51.100.7' })).vantage).toEqual({ from: 'host', address: '198.51.100.7' });
  });
});

describe('port checks against real servers on loopback', () => {
  let redis: Running;
  let pg: Running;
  beforeAll(async () => {
    [redis, pg] = await Promise.all([startRedis(), startPostgres()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([redis?.stop(), pg?.stop()]);
  });
  // The servers' loopback ports play the published ports: `P→6379`, `Q→5432`.
  const published = () => model({ containers: [container('cache', 'redis:7', [[redis.port, 6379]]), container('db', 'postgres:15', [[pg.port, 5432]])] });
  const options = (o: Partial<VerifyOptions>, connectTo: string[] = []): VerifyOptions => ({
    ...base,
    model: published(),
    net: { map: parseEndpointMap([], connectTo), ca: [], insecure: false },
    only: new Set(['tcp', 'redis', 'postgres']),
    timeoutMs: 3000,
    mappedOnly: true,
    ...o,
  });

  it('from the host: connects to the published ports on the address, nothing mapped', async () => {
    const report = await verify(options({ vantage: { from: 'host', address: '127.0.0.1' } }));
    expect(report.checks.map((c) => [c.kind, c.target, c.result, c.service])).toEqual([
      ['tcp', `127.0.0.1:${redis.port}`, 'pass', 'cache'],
      ['tcp', `127.0.0.1:${pg.port}`, 'pass', 'db'],
      ['postgres', `127.0.0.1:${pg.port}`, 'pass', 'db'],
      ['redis', `127.0.0.1:${redis.port}`, 'pass', 'cache'],
    ]);
  });

  it('from the network: the container ports, which --connect-to maps (the published ones do not match)', async () => {
    const report = await verify(options({ vantage: { from: 'network' } }, [`cache:6379:127.0.0.1:${redis.port}`, `db:5432:127.0.0.1:${pg.port}`]));
    expect(report.checks.map((c) => [c.target, c.result])).toEqual([
      ['cache:6379', 'pass'],
      ['db:5432', 'pass'],
      ['db:5432', 'pass'],
      ['cache:6379', 'pass'],
    ]);
    // The old aim, name:publishedPort, is mapped by nothing now: skipped under --mapped-only, not probed.
    const old = await verify(options({ vantage: { from: 'network' } }, [`cache:${redis.port}:127.0.0.1:${redis.port}`]));
    expect(old.checks.find((c) => c.kind === 'tcp' && c.service === 'cache')).toMatchObject({ target: 'cache:6379', result: 'skip' });
  });
});

describe('bolt verify: --from, --host, nothing checked', () => {
  it('exits 1 saying "nothing was checked" when every check is skipped, 0 with --allow-empty', async () => {
    const args = ['verify', '--mapped-only', '--only', 'http,tcp', '--timeout', '300'];
    const r = await bolt(args, root, { NO_COLOR: '1' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/\n0 passed, 0 failed, (\d+) skipped in \d+ms — nothing was checked\n$/);
    expect(r.stderr).toMatch(/^bolt verify: nothing was checked: every one of the \d+ checks was skipped\n {2}hint: .*--allow-empty/);
    const allowed = await bolt([...args, '--allow-empty'], root, { NO_COLOR: '1' });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stderr).toBe('');
    const json = await bolt([...args, '--format', 'json'], root, { NO_COLOR: '1' });
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { summary: { passed: number } }).summary.passed).toBe(0);
  });

  it('aims port checks at --host with the published ports, and refuses --from host without an address', async () => {
    const r = await bolt(['verify', '--from', 'host', '--host', 'box.test', '--mapped-only', '--only', 'tcp', '--format', 'json', '--allow-empty'], root);
    expect(r.code, r.stderr).toBe(0);
    const targets = (JSON.parse(r.stdout) as { checks: { target: string; service?: string }[] }).checks.map((c) => `${c.service} ${c.target}`);
    expect(targets).toEqual(expect.arrayContaining(['smartapi box.test:8001', 'postgres box.test:5432', 'caddy box.test:443']));
    const bad = await bolt(['verify', '--from', 'host'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bolt verify: Missing the server's address for --from host/);
    expect((await bolt(['verify', '--from', 'inside'], root)).code).toBe(2);
  });
});
