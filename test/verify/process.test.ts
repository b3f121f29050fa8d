/**
 * The built CLI as a real process against the rig: it must print its report and exit by itself
 * (no handle left open). Runs when BOLT_BIN points at a build (`npm run build` →
 * BOLT_BIN=dist/src/cli/bin.js), since the sources cannot run outside vitest.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/load/index.js';
import { expectedImage } from '../../src/verify/probes/docker.js';
import { engineContainer, type Rig, startRig } from './rig.js';

const root = new URL('../..', import.meta.url).pathname;
const bin = process.env.BOLT_BIN;

describe.runIf(bin)('bolt verify as a process', () => {
  let rig: Rig;
  beforeAll(async () => {
    const { model, lock } = await loadSpecs({ cwd: root });
    const running = model.inventory!.tiers.flatMap((t) => t.containers).filter((c) => c.status === 'running');
    rig = await startRig(model, running.map((c) => engineContainer(c.name, expectedImage(c, lock) ?? 'custom:local')));
  }, 90_000);
  afterAll(async () => rig?.stop());

  async function cli(before: string[] = [], after: string[] = []): Promise<{ code: number | null; out: string; ms: number }> {
    const env = { ...process.env, NO_COLOR: '1', PGUSER: rig.postgres.user, PGPASSWORD: rig.postgres.password, DOCKER_HOST: `unix://${rig.docker.socket}` };
    const child = spawn(process.execPath, [resolve(root, bin!), 'verify', ...before, ...rig.args, ...after], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const t0 = Date.now();
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    if (process.env.BOLT_SHOW) console.log(out);
    return { code, out, ms: Date.now() - t0 };
  }

  it('reports every kind and exits on its own', async () => {
    const { code, out, ms } = await cli();
    expect(code, out).toBe(0);
    expect(ms).toBeLessThan(10_000);
    for (const kind of ['tcp', 'tls', 'http', 'postgres', 'redis', 'docker', 'mcp']) expect(out).toMatch(new RegExp(`\\n${kind}\\s+\\S+\\s+pass`));
  }, 30_000);

  it('exits 1 soon after the timeout when every host is black-holed', async () => {
    const hole = `127.0.0.1:${rig.blackhole.port}`;
    const { code, out, ms } = await cli(['--connect-to', `::${hole}`], ['--timeout', '500']);
    expect(code, out).toBe(1);
    expect(ms).toBeLessThan(5000);
    expect(out).toMatch(/\nmcp\s+\S+\s+skip/);
    expect(out).toMatch(/\nredis\s+\S+\s+TIMEOUT/);
  }, 30_000);
});
