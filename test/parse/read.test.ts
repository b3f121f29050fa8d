import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/load/index.js';
import { bolt } from '../helpers/cli.js';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures');

/** A temp spec repo with the given files. */
function repo(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bolt-read-'));
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

const seed = readFileSync(join(root, 'specs/os.md'), 'utf8');

describe('reading spec files', () => {
  it('exits 2 naming the file and position for a NUL byte', async () => {
    const dir = repo({ 'specs/os.md': Buffer.concat([Buffer.from('# A\nab'), Buffer.from([0]), Buffer.from('c\n')]) });
    const r = await bolt(['parse'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^specs\/os\.md:2:3: Unexpected NUL byte, expected a UTF-8 text file/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 at the first invalid UTF-8 byte', async () => {
    const dir = repo({ 'specs/os.md': Buffer.concat([Buffer.from('# Títle\nok\nca'), Buffer.from([0xe9]), Buffer.from('t\n')]) });
    const r = await bolt(['parse'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^specs\/os\.md:3:3: Unexpected byte `0xe9`, expected UTF-8 text/);
  });

  it('exits 2 when the glob matches nothing', async () => {
    const dir = repo({ 'README.md': '# x\n' });
    const r = await bolt(['parse'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Missing spec files: nothing matches `specs/**/*.md`');
    expect(r.stderr).toContain('hint:');
  });

  it('reads UTF-8 with a BOM and CRLF line endings as the same model', async () => {
    const lf = await loadSpecs({ cwd: repo({ 'specs/os.md': seed }), lock: false });
    const crlf = await loadSpecs({ cwd: repo({ 'specs/os.md': `\ufeff${seed.replace(/\n/g, '\r\n')}` }), lock: false });
    expect(crlf.model).toEqual(lf.model);
    expect(crlf.issues).toEqual([]);
  });

  it('reports double-encoded text at the first mangled sequence', async () => {
    const { issues, model } = await loadSpecs({ cwd: join(fixtures, 'mojibake'), lock: false });
    const mojibake = issues.filter((i) => i.ruleId === 'encoding/mojibake');
    expect(mojibake).toHaveLength(1);
    expect(mojibake[0]!.pos).toMatchObject({ file: 'specs/os.md', line: 8, column: 4 });
    expect(mojibake[0]!.message).toMatch(/^Unexpected double-encoded text `ğŸ¯`/);
    expect(mojibake[0]!.message).toMatch(/\(\d+ such sequences in the file\)/);
    // The sections are still recognised: emoji and their mangled forms are stripped from titles.
    expect(model.sections.map((s) => s.id)).toContain('inventory');
  });

  it('does not flag correct UTF-8 text in other languages', async () => {
    const { issues } = await loadSpecs({ cwd: repo({ 'specs/os.md': '# Café - Señal\n\nSão Paulo, Ærø, naïve façade — “quotes” … © ® 🎯 → ✅\n' }), lock: false });
    expect(issues.filter((i) => i.ruleId === 'encoding/mojibake')).toEqual([]);
  });

  it('merges several files in path order, keeping each position in its own file', async () => {
    const { model, issues } = await loadSpecs({ cwd: join(fixtures, 'multi-file'), lock: false });
    expect(issues).toEqual([]);
    expect(model.files).toEqual(['specs/00-header.md', 'specs/platform/routing.md']);
    expect(model.header).toMatchObject({ name: 'Harbor', version: '0.4.1' });
    const [gateway, mysql, cache] = model.inventory!.tiers[0]!.containers;
    expect(gateway).toMatchObject({ name: 'gateway', status: 'running', image: { name: 'ghcr.io/harbor/gateway', tag: '2.1.0' }, extra: { Owner: 'platform' } });
    expect(gateway!.ports[0]).toMatchObject({ host: 9000, container: 8080, pos: { file: 'specs/00-header.md', line: 14, column: 71, endColumn: 80 } });
    expect(mysql!.ports.map((p) => `${p.host}/${p.protocol}`)).toEqual(['3306/tcp', '33060/udp']);
    expect(cache).toMatchObject({ status: 'stopped', image: { name: 'memcached', digest: `sha256:${'a'.repeat(64)}` } });
    expect(model.routing!.routes[1]).toMatchObject({ planned: true, note: 'internal', hostPos: { file: 'specs/platform/routing.md', line: 7, column: 1 } });
    expect(model.routing!.caddyfile!.sites[0]).toMatchObject({ addresses: ['api.harbor.test'], body: ['encode gzip', 'reverse_proxy gateway:8080 {', '\tlb_policy first', '}'] });
    expect(model.sections.at(-1)).toMatchObject({ id: null, heading: 'Runbook Notes', body: 'Anything here is kept **verbatim**.\n\n- even lists' });
    expect(model.footer?.license).toBe('MIT');
  });
});

describe('versions.lock', () => {
  const lockRepo = (lock: string) => repo({ 'specs/os.md': seed, 'specs/versions.lock': lock });

  it.each([
    ['16', 'images.postgres.tag', 4],
    ['1.10', 'images.postgres.tag', 4],
  ])('rejects the YAML number %s for a tag with a clear message', async (value, path, line) => {
    const r = await bolt(['parse'], lockRepo(`schema: 1\nimages:\n  redis: { image: redis, tag: "7" }\n  postgres: { image: postgres, tag: ${value} }\n`));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`specs/versions.lock:${line}:37: Unexpected number \`${value}\` for \`${path}\`, expected a string`);
    expect(r.stderr).toContain(`quote it: "${value}"`);
  });

  it('rejects unknown keys at their line', async () => {
    const r = await bolt(['parse'], lockRepo('schema: 1\nimages:\n  redis: { image: redis, tag: "7", version: "7" }\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^specs\/versions\.lock:3:36: Unexpected key `version` in `images\.redis`/);
  });

  it('rejects a service pinned twice at the second key', async () => {
    const r = await bolt(['parse'], lockRepo('schema: 1\nimages:\n  redis: { image: redis, tag: "7" }\n  redis: { image: redis, tag: "8" }\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^specs\/versions\.lock:4:3: Unexpected duplicate key `redis`, expected each key once per map/);
  });

  it('reports YAML syntax errors with their position', async () => {
    const r = await bolt(['parse'], lockRepo('schema: 1\nimages:\n  redis: { image: redis, tag: "7"\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^specs\/versions\.lock:\d+:\d+: Unexpected YAML/);
  });

  it('is optional by default but required when named', async () => {
    const dir = repo({ 'specs/os.md': seed });
    expect((await bolt(['parse'], dir)).code).toBe(0);
    const r = await bolt(['parse', '--lock', 'specs/missing.lock'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^specs\/missing\.lock: Unexpected read error `ENOENT.*`, expected a readable versions\.lock/);
  });
});

describe('bolt parse', () => {
  it('prints a summary of the seed', async () => {
    const r = await bolt(['parse'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('9 containers in 2 tiers (production: 8, lab: 1)');
    expect(r.stdout).toContain('6 routes (2 planned), 3 Caddyfile sites');
    expect(r.stdout).toContain('20 endpoints in 5 categories; claims 28 tools across 5 categories');
    expect(r.stdout).toContain('15 keys in 6 groups');
  });

  it('prints the whole model with --json', async () => {
    const r = await bolt(['parse', '--json'], root);
    const out = JSON.parse(r.stdout) as { model: { files: string[] }; lock: { images: unknown[] }; issues: unknown[] };
    expect(out.model.files).toEqual(['specs/os.md']);
    expect(out.lock.images).toHaveLength(8);
    expect(out.issues).toEqual([]);
  });

  it('rejects unknown flags with exit 2', async () => {
    const r = await bolt(['parse', '--jsn'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bolt parse: Unexpected flag `--jsn`');
    expect(r.stderr).toContain('did you mean `--json`?');
  });
});

describe('finding spec files', () => {
  it('the default glob finds what fast-glob finds: nested .md files, no dot folders or files, no other extensions', async () => {
    const dir = repo({
      'specs/b.md': '# B\n',
      'specs/a/c.md': '## Support\n',
      'specs/.hidden/x.md': '# no\n',
      'specs/.draft.md': '# no\n',
      'specs/notes.txt': 'no',
      'specs/a/deeper/d.md': '## Pending Tasks\n',
    });
    const { readSpecFiles } = await import('../../src/load/index.js');
    const { default: fg } = await import('fast-glob');
    const ours = (await readSpecFiles(dir)).map((f) => f.file);
    expect(ours).toEqual(['specs/a/c.md', 'specs/a/deeper/d.md', 'specs/b.md']);
    expect(ours).toEqual((await fg('specs/**/*.md', { cwd: dir, dot: false, onlyFiles: true })).sort());
    // Other patterns go through fast-glob.
    expect((await readSpecFiles(dir, ['specs/a/*.md'])).map((f) => f.file)).toEqual(['specs/a/c.md']);
  });
});
