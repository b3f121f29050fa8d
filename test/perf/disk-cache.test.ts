import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/load/index.js';

const ROOT = join(import.meta.dirname, '../..');
let repo: string;
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function seedRepo(): string {
  repo = mkdtempSync(join(tmpdir(), 'bolt-cache-'));
  mkdirSync(join(repo, 'specs'));
  copyFileSync(join(ROOT, 'specs/os.md'), join(repo, 'specs/os.md'));
  copyFileSync(join(ROOT, 'specs/versions.lock'), join(repo, 'specs/versions.lock'));
  return repo;
}

const all = (dir: string): string[] => readdirSync(join(dir, 'sections'), { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
/** Section entries (the lock has one entry of its own, `lock-…`). */
const entries = (dir: string): string[] => all(dir).filter((f) => !f.split('/').at(-1)!.startsWith('lock-'));

describe('the on-disk section cache (.bolt-cache/)', () => {
  it('is used only when the folder exists, ignores itself in git, and gives the same model', async () => {
    const cwd = seedRepo();
    const plain = JSON.stringify(await loadSpecs({ cwd }));
    mkdirSync(join(cwd, '.bolt-cache'));
    const cold = JSON.stringify(await loadSpecs({ cwd }));
    expect(cold).toBe(plain);
    expect(entries(join(cwd, '.bolt-cache'))).toHaveLength(18);
    expect(all(join(cwd, '.bolt-cache'))).toHaveLength(19);
    expect(readFileSync(join(cwd, '.bolt-cache/.gitignore'), 'utf8')).toBe('*\n');
    expect(JSON.stringify(await loadSpecs({ cwd }))).toBe(plain);
  });

  it('treats an unreadable entry as a miss and an edit as a new entry', async () => {
    const cwd = seedRepo();
    mkdirSync(join(cwd, '.bolt-cache'));
    const plain = JSON.stringify(await loadSpecs({ cwd, cache: false }));
    await loadSpecs({ cwd });
    const dir = join(cwd, '.bolt-cache/sections');
    for (const f of all(join(cwd, '.bolt-cache'))) writeFileSync(join(dir, f), '{ truncated');
    expect(JSON.stringify(await loadSpecs({ cwd }))).toBe(plain);
    const spec = join(cwd, 'specs/os.md');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('Cache & sessions', 'Cache and sessions'));
    const edited = await loadSpecs({ cwd });
    expect(edited.model.inventory!.tiers[0]!.containers.find((c) => c.name === 'redis')!.purpose).toBe('Cache and sessions');
    expect(entries(join(cwd, '.bolt-cache'))).toHaveLength(19);
  });
});
