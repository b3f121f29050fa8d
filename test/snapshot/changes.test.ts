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
  });

  it('prints a readable grouped list, and "none" for identical snapshots', async () => {
    const r = await bolt(['changes', 'out/snapshots/1.0.0', '1.1.0', '--no-color'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Changes from out/snapshots/1.0.0 (v1.0.0) to 1.1.0');
    expect(r.stdout).toMatch(/ {2}services\n {4}\+ Added service cache \(redis:7\)\n {4}- Removed service old/);
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
    expect(md.stdout).toBe('- `redis` image `redis:7` → `redis:7.2`\n');
  });

  it('exits 2 on an unknown snapshot or bad usage', async () => {
    expect((await bolt(['changes', '9.9.9'], dir)).code).toBe(2);
    expect((await bolt(['changes'], dir)).code).toBe(2);
    expect((await bolt(['changes', '1.0.0', '--format', 'xml'], dir)).code).toBe(2);
  });
});
