import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Changes } from '../../src/snapshot/diff.js';
import { bolt } from '../helpers/cli.js';

const PAIRS = join(import.meta.dirname, 'fixtures/changes');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bolt-changes-'));
  await cp(PAIRS, join(dir, 'out/snapshots'), { recursive: true });
  await cp(join(import.meta.dirname, '../../specs'), join(dir, 'specs'), { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bolt changes on a hand-made pair', () => {
  it('lists every kind of change as JSON', async () => {
    const r = await bolt(['changes', '1.0.0', '1.1.0', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as Changes;
    expect(c.from).toEqual({ label: '1.0.0', version: '1.0.0' });
    expect(c.to).toEqual({ label: '1.1.0', version: '1.1.0' });
    expect(c.services).toEqual({ added: [{ name: 'cache', image: 'redis:7' }], removed: ['old'] });
    expect(c.images).toEqual([{ name: 'api', from: 'acme/api:1.0', to: 'acme/api:1.1' }]);
    expect(c.lock).toEqual([
      { name: 'api', from: 'acme/api:1.0', to: 'acme/api:1.1' },
      { name: 'db', from: 'postgres:15', to: `postgres:15@sha256:${'1'.repeat(64)}` },
    ]);
    expect(c.ports).toEqual([{ name: 'api', from: '8001→8000', to: '8002→8000, 9090' }]);
    expect(c.status).toEqual([{ name: 'mail', from: 'planned', to: 'running' }]);
    expect(c.routes).toEqual({
      added: [{ host: 'cache.pairs.test', target: 'cache:6379 (planned)' }],
      removed: ['old.pairs.test'],
      changed: [{ name: 'mail.pairs.test', from: 'mail:25 (planned)', to: 'mail:25' }],
    });
    // 1.0.0 has no registry.json (tools from its endpoints); 1.1.0's registry lists one more tool.
    expect(c.tools).toEqual({ added: ['orders_export', 'orders_refund'], removed: ['orders_cancel'] });
    expect(c.secrets).toEqual({ added: ['REDIS_PASSWORD'], removed: ['OLD_SECRET'] });
    // Issue 18.7: lock pins, endpoints, health URLs, regions and requirements added and removed.
    expect(c.lockPins).toEqual({ added: [{ name: 'cache', pin: 'redis:7' }], removed: ['old'] });
    expect(c.endpoints).toEqual({ added: ['/orders/refund'], removed: ['/orders/cancel'] });
    expect(c.healthUrls).toEqual({ added: ['https://mail.pairs.test/health'], removed: ['https://old.pairs.test/health'] });
    expect(c.regions).toEqual({ added: ['pairs.com.mx'], removed: ['pairs.com.pe'] });
    expect(c.requirements).toEqual({
      added: [{ name: 'Recommended VPS Specs / CPU', value: '4 vCPU' }],
      removed: ['Minimum VPS Specs / Storage'],
      changed: [{ name: 'Minimum VPS Specs / RAM', from: '4 GB', to: '8 GB' }],
    });
  });

  it('counts every kind in JSON, with the terraform-plan-style line', async () => {
    const c = JSON.parse((await bolt(['changes', '1.0.0', '1.1.0', '--format', 'json'], dir)).stdout) as Changes;
    expect(c.summary.kinds.services).toEqual({ added: 1, changed: 0, removed: 1 });
    expect(c.summary.kinds.lockPins).toEqual({ added: 1, changed: 2, removed: 1 });
    expect(c.summary.kinds.routes).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(c.summary.kinds.tools).toEqual({ added: 2, changed: 0, removed: 1 });
    expect(c.summary.kinds.requirements).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(c.summary).toMatchObject({ added: 10, changed: 7, removed: 9 });
    expect(c.summary.line).toBe(
      '+1 service, -1 service, ~1 image, +1 lock pin, ~2 lock pins, -1 lock pin, ~1 port mapping, ~1 status, +1 route, ~1 route, -1 route, ' +
        '+1 endpoint, -1 endpoint, +2 tools, -1 tool, +1 secret key, -1 secret key, +1 health URL, -1 health URL, +1 region, -1 region, ' +
        '+1 requirement, ~1 requirement, -1 requirement',
    );
    const same = JSON.parse((await bolt(['changes', '1.1.0', '1.1.0', '--format', 'json'], dir)).stdout) as Changes;
    expect(same.summary).toMatchObject({ added: 0, changed: 0, removed: 0, line: 'no changes' });
  });

  it('prints changelog-ready Markdown bullets', async () => {
    const r = await bolt(['changes', '1.0.0', '1.1.0', '--format', 'markdown'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('- '))).toBe(true);
    expect(lines).toContain('- Added service `cache` (`redis:7`)');
    expect(lines).toContain('- Removed service `old`');
    expect(lines).toContain('- `api` image `acme/api:1.0` → `acme/api:1.1`');
    expect(lines).toContain('- Removed secret key `OLD_SECRET`');
    expect(lines).toContain('- Pinned `cache` to `redis:7`');
    expect(lines).toContain('- Removed the pin of `old`');
    expect(lines).toContain('- Added API endpoint `/orders/refund`');
    expect(lines).toContain('- Added health URL `https://mail.pairs.test/health`');
    expect(lines).toContain('- Removed health URL `https://old.pairs.test/health`');
    expect(lines).toContain('- Added region `pairs.com.mx`');
    expect(lines).toContain('- Added requirement `Recommended VPS Specs / CPU`: `4 vCPU`');
    expect(lines).toContain('- Requirement `Minimum VPS Specs / RAM` `4 GB` → `8 GB`');
    // The summary is the last bullet, so the whole output pastes under a Change Log entry.
    expect(lines.at(-1)).toMatch(/^- Summary: \+1 service, -1 service, ~1 image, .*, -1 requirement$/);
  });

  it('pastes under a Change Log entry as bullets the parser reads back', async () => {
    const md = (await bolt(['changes', '1.0.0', '1.1.0', '--format', 'markdown'], dir)).stdout;
    const { extractSpecs } = await import('../../src/load/index.js');
    const { model, issues } = extractSpecs([{ file: 'os.md', text: `# X\n**Version:** 1.1.0\n\n## Change Log\n\n### **v1.1.0** (2025-12-01)\n${md}` }]);
    expect(issues).toEqual([]);
    expect(model.changelog[0]!.items).toHaveLength(md.trimEnd().split('\n').length);
  });

  it('prints a readable grouped list, and "none" for identical snapshots', async () => {
    const r = await bolt(['changes', 'out/snapshots/1.0.0', '1.1.0', '--no-color'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Changes from out/snapshots/1.0.0 (v1.0.0) to 1.1.0');
    expect(r.stdout).toMatch(/ {2}services\n {4}\+ Added service cache \(redis:7\)\n {4}- Removed service old/);
    expect(r.stdout).toMatch(/ {2}health URLs\n {4}\+ Added health URL https:\/\/mail\.pairs\.test\/health\n {4}- Removed health URL https:\/\/old\.pairs\.test\/health\n/);
    expect(r.stdout).toMatch(/\n\nSummary: \+1 service, -1 service, ~1 image, .*, -1 requirement\n$/);
    const same = await bolt(['changes', '1.1.0', '1.1.0'], dir);
    expect(same.stdout).toBe('Changes from 1.1.0 to 1.1.0: none\n');
  });

  it('compares a snapshot with the current specs when TO is omitted', async () => {
    expect((await bolt(['snapshot', '--release', '1.2.0'], dir)).code).toBe(0);
    const none = await bolt(['changes', '1.2.0', '--format', 'json'], dir);
    const c = JSON.parse(none.stdout) as Changes;
    expect(c.to.label).toBe('current specs');
    expect([c.services, c.tools, c.secrets, c.images]).toEqual([{ added: [], removed: [] }, { added: [], removed: [] }, { added: [], removed: [] }, []]);
    const spec = join(dir, 'specs/os.md');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(spec, (await readFile(spec, 'utf8')).replace('| `redis` | `redis:7` |', '| `redis` | `redis:7.2` |'));
    const md = await bolt(['changes', '1.2.0', '--format', 'markdown'], dir);
    expect(md.stdout).toBe('- `redis` image `redis:7` → `redis:7.2`\n- Summary: ~1 image\n');
  });

  it('names secret keys only: a changed value is no change, and no value is printed', async () => {
    const { writeFile } = await import('node:fs/promises');
    const spec = join(dir, 'specs/os.md');
    const before = await readFile(spec, 'utf8');
    try {
      expect((await bolt(['snapshot', '--release', '1.2.0', '--force'], dir)).code).toBe(0);
      await writeFile(spec, before.replace('ODOO_API_KEY=***', 'ODOO_API_KEY=zz-canary-5f3a9c').replace('ENABLE_MCP=true', 'ENABLE_MCP=true\nNEW_TOKEN=zz-canary-77b1'));
      for (const format of ['pretty', 'json', 'markdown']) {
        const r = await bolt(['changes', '1.2.0', '--format', format, '--no-color'], dir);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout + r.stderr).not.toMatch(/zz-canary/);
        expect(r.stdout).toContain('NEW_TOKEN');
      }
      const c = JSON.parse((await bolt(['changes', '1.2.0', '--format', 'json'], dir)).stdout) as Changes;
      expect(c.secrets).toEqual({ added: ['NEW_TOKEN'], removed: [] });
      expect(c.summary.line).toBe('+1 secret key');
    } finally {
      await writeFile(spec, before);
    }
  });

  it('exits 2 on an unknown snapshot or bad usage', async () => {
    expect((await bolt(['changes', '9.9.9'], dir)).code).toBe(2);
    expect((await bolt(['changes'], dir)).code).toBe(2);
    expect((await bolt(['changes', '1.0.0', '--format', 'xml'], dir)).code).toBe(2);
  });
});
