import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractSpecs } from '../../src/load/index.js';
import { sha256 } from '../../src/snapshot/manifest.js';
import { comparable } from '../../src/snapshot/positions.js';
import { bolt } from '../helpers/cli.js';

const ROOT = join(import.meta.dirname, '../..');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bolt-snapshot-'));
  await cp(join(ROOT, 'specs'), join(dir, 'specs'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const snap = (release: string) => join(dir, 'out/snapshots', release);
const manifestOf = async (release: string) => JSON.parse(await readFile(join(snap(release), 'manifest.json'), 'utf8')) as Record<string, unknown> & { files: Record<string, string> };

describe('bolt snapshot', () => {
  it('writes a complete snapshot whose manifest hashes every file', async () => {
    const r = await bolt(['snapshot', '--release', '1.2.0'], dir);
    expect(r.code, r.stderr).toBe(0);
    const files = (await readdir(snap('1.2.0'))).sort();
    expect(files).toEqual(['Caddyfile', 'docker-compose.yml', 'manifest.json', 'os.md', 'registry.json', 'versions.lock']);
    const manifest = await manifestOf('1.2.0');
    expect(Object.keys(manifest.files).sort()).toEqual(files.filter((f) => f !== 'manifest.json'));
    for (const [name, hash] of Object.entries(manifest.files)) expect(sha256(await readFile(join(snap('1.2.0'), name)))).toBe(hash);
    expect(manifest).toMatchObject({ release: '1.2.0', date: '2025-11-23', boltLab: expect.any(String), source: {} });
    expect(manifest).not.toHaveProperty('live');
    expect(await readFile(join(snap('1.2.0'), 'versions.lock'), 'utf8')).toBe(await readFile(join(dir, 'specs/versions.lock'), 'utf8'));
    expect(r.stderr).not.toContain('warning');
  });

  it('is deterministic: the same inputs give byte-identical snapshots', async () => {
    expect((await bolt(['snapshot', '--release', '1.2.0'], dir)).code).toBe(0);
    const first = await readFile(join(snap('1.2.0'), 'manifest.json'), 'utf8');
    expect((await bolt(['snapshot', '--release', '1.2.0', '--force'], dir)).code).toBe(0);
    expect(await readFile(join(snap('1.2.0'), 'manifest.json'), 'utf8')).toBe(first);
  });

  it('stamps version and date into os.md, which reads back as the spec with that header', async () => {
    const r = await bolt(['snapshot', '--release', '1.3.0', '--date', '2025-12-24', '--force'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('The changelog has no entry for `1.3.0`');
    const text = await readFile(join(snap('1.3.0'), 'os.md'), 'utf8');
    const specs = extractSpecs([{ file: 'specs/os.md', text: await readFile(join(dir, 'specs/os.md'), 'utf8') }]).model;
    const back = extractSpecs([{ file: 'os.md', text }]).model;
    expect(back.header).toMatchObject({ version: '1.3.0', date: '2025-12-24' });
    expect(comparable({ ...back, header: undefined })).toEqual(comparable({ ...specs, header: undefined }));
    expect((await manifestOf('1.3.0')).date).toBe('2025-12-24');
  });

  it('never overwrites a release (exit 1) unless --force', async () => {
    expect((await bolt(['snapshot', '--release', '1.2.0'], dir)).code).toBe(0);
    const os = join(snap('1.2.0'), 'os.md');
    await writeFile(os, 'hand edit\n');
    const again = await bolt(['snapshot', '--release', '1.2.0'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('immutable');
    expect(await readFile(os, 'utf8')).toBe('hand edit\n');
    expect((await bolt(['snapshot', '--release', '1.2.0', '--force'], dir)).code).toBe(0);
    expect(await readFile(os, 'utf8')).toContain('# SmarterOS');
    expect((await readdir(join(dir, 'out/snapshots'))).sort()).toEqual(['1.2.0']);
  });

  it('refuses (exit 1, nothing written) while validation finds errors, unless --force', async () => {
    const spec = join(dir, 'specs/os.md');
    await writeFile(spec, (await readFile(spec, 'utf8')).replace('odoo.smarterbot.cl      → Caddy → odoo:8069', 'odoo.smarterbot.cl      → Caddy → nosuch:8069'));
    const r = await bolt(['snapshot', '--release', '1.2.0', '--no-color'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^specs\/os\.md\n\s+49:35\s+error\s/);
    expect(r.stderr).toContain('routing/unknown-upstream');
    expect(r.stderr).toContain('`nosuch`');
    expect(r.stderr).toContain('bolt snapshot: nothing written');
    expect(r.stderr).not.toContain('warning ');
    await expect(readdir(join(dir, 'out'))).rejects.toThrow();
    const forced = await bolt(['snapshot', '--release', '1.2.0', '--force'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(join(snap('1.2.0'), 'os.md'), 'utf8')).toContain('nosuch:8069');
  });

  it('refuses (exit 1, nothing written) a release the spec does not say, naming each place to bump', async () => {
    const r = await bolt(['snapshot', '--release', '1.3.0', '--no-color'], dir);
    expect(r.code).toBe(1);
    await expect(readdir(join(dir, 'out'))).rejects.toThrow();
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      "specs/os.md:2:14: Unexpected document version `1.2.0`, expected `1.3.0`: set the header's `**Version:**` to `1.3.0`",
      "specs/os.md:143:14: Unexpected API version `1.2.0`, expected `1.3.0`: set the API section's `**Version:**` to `1.3.0`",
      'specs/versions.lock:4:33: Unexpected lock version `1.2.0`, expected `1.3.0`: set `os.version` in versions.lock to `"1.3.0"`',
      'specs/os.md:417:1: Unexpected newest Change Log entry `1.2.0`, expected `1.3.0`: add a `### **v1.3.0** (YYYY-MM-DD)` entry above the others',
    ]);
    expect(lines[4]).toBe('bolt snapshot: nothing written: the spec does not say release 1.3.0 in 4 place(s)');
    expect(lines[5]).toMatch(/^ {2}hint: .*`bolt validate --fix`.*--force/);
    // Each position points at the version it names.
    const spec = (await readFile(join(dir, 'specs/os.md'), 'utf8')).split('\n');
    expect(spec[1]!.slice(13)).toMatch(/^1\.2\.0/);
    expect(spec[142]!.slice(13)).toMatch(/^1\.2\.0/);
    expect(spec[416]).toMatch(/^### \*\*v1\.2\.0\*\*/);
    expect((await readFile(join(dir, 'specs/versions.lock'), 'utf8')).split('\n')[3]!.slice(32)).toMatch(/^"1\.2\.0"/);
    // An older release is refused too: the newest entry is not it.
    const old = await bolt(['snapshot', '--release', '1.1.0', '--no-color'], dir);
    expect(old.code).toBe(1);
    expect(old.stderr).toContain('specs/os.md:417:1: Unexpected newest Change Log entry `1.2.0`, expected `1.1.0`: `### **v1.1.0** (YYYY-MM-DD)` is not the newest entry');
    await expect(readdir(join(dir, 'out'))).rejects.toThrow();
  });

  it('snapshots a release the spec does not say with --force, warning about each place', async () => {
    const r = await bolt(['snapshot', '--release', '1.3.0', '--force'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: specs/os.md:2:14: Unexpected document version `1.2.0`, expected `1.3.0`');
    expect(r.stderr).toContain('warning: specs/versions.lock:4:33: Unexpected lock version `1.2.0`');
    expect((await manifestOf('1.3.0')).release).toBe('1.3.0');
  });

  it('snapshots a release once header, API, lock and Change Log all say it', async () => {
    const spec = join(dir, 'specs/os.md');
    const lock = join(dir, 'specs/versions.lock');
    await writeFile(
      spec,
      (await readFile(spec, 'utf8'))
        .replace('**Version:** 1.2.0  \n**Date:** 2025-11-23', '**Version:** 1.3.0  \n**Date:** 2025-12-01')
        .replace('**Version:** 1.2.0\n', '**Version:** 1.3.0\n')
        .replace('### **v1.2.0** (2025-11-23)', '### **v1.3.0** (2025-12-01)\n- ✅ Release checks\n\n### **v1.2.0** (2025-11-23)'),
    );
    await writeFile(lock, (await readFile(lock, 'utf8')).replace('version: "1.2.0"', 'version: "1.3.0"'));
    const r = await bolt(['snapshot', '--release', '1.3.0'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(await manifestOf('1.3.0')).toMatchObject({ release: '1.3.0', date: '2025-12-01' });
  });

  it('records the source commit in a git repository', async () => {
    const { execFileSync } = await import('node:child_process');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', 'specs');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'specs');
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    expect((await bolt(['snapshot', '--release', '1.2.0'], dir)).code).toBe(0);
    expect((await manifestOf('1.2.0')).source).toEqual({ commit: head, dirty: false });
  });

  it('rejects bad usage with exit 2 and writes nothing', async () => {
    for (const args of [['snapshot'], ['snapshot', '--release', 'one'], ['snapshot', '--release', '1.2.0', '--date', '23/11/2025']]) {
      const r = await bolt(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^bolt snapshot: /);
    }
    await expect(readdir(join(dir, 'out'))).rejects.toThrow();
  });
});
