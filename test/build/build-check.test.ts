/**
 * `bolt build` and `bolt check` end to end on a copy of the seed: determinism, only-changed
 * writes, the drift cases (spec edit, hand edit, deleted file, stray file, stale file), what
 * check leaves alone, refusals (validation errors, hand edits, symlinks) and --only.
 */
import { mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bolt } from '../helpers/cli.js';
import { ROOT, tempSpecs } from '../generators/helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
const out = (p = ''): string => join(dir, 'out', p);

async function snapshotTree(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(root.length + 1)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

async function editSpec(from: string, to: string): Promise<void> {
  const file = join(dir, 'specs/os.md');
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempSpecs(ROOT));
});
afterEach(async () => {
  await cleanup();
});

describe('bolt build', () => {
  it('builds the seed, then check finds no drift; a second build writes nothing', async () => {
    const first = await bolt(['build', '--no-color'], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/written, 0 removed/);
    expect(await readFile(out('Caddyfile'), 'utf8')).toContain('reverse_proxy smartapi:8000');
    const mtime = (await stat(out('docker-compose.yml'))).mtimeMs;
    expect((await bolt(['check'], dir)).code).toBe(0);
    const second = await bolt(['build', '--no-color'], dir);
    expect(second.stdout).toMatch(/0 written, 0 removed/);
    expect((await stat(out('docker-compose.yml'))).mtimeMs).toBe(mtime);
  });

  it('is deterministic: two builds into two folders are byte-identical, and match the committed out/', async () => {
    await bolt(['build', '--out', 'a'], dir);
    await bolt(['build', '--out', 'b'], dir);
    const a = await snapshotTree(join(dir, 'a'));
    expect(await snapshotTree(join(dir, 'b'))).toEqual(a);
    const committed = await snapshotTree(join(ROOT, 'out'));
    for (const [path, text] of Object.entries(a)) if (path in committed) expect(text, path).toBe(committed[path]);
  });

  it('refuses and writes nothing while validation finds errors, unless --force', async () => {
    await editSpec('odoo.smarterbot.cl      → Caddy → odoo:8069', 'odoo.smarterbot.cl      → Caddy → ghost:8069');
    const refused = await bolt(['build', '--no-color'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/nothing written/);
    await expect(stat(out())).rejects.toThrow();
    expect((await bolt(['build', '--force'], dir)).code).toBe(0);
  });

  it('refuses to overwrite a hand edit without --force', async () => {
    await bolt(['build'], dir);
    await writeFile(out('Caddyfile'), `${await readFile(out('Caddyfile'), 'utf8')}# hand edit\n`);
    await editSpec('n8n.smarterbot.cl       → Caddy → n8n:5678', 'n8n.smarterbot.cl       → Caddy → n8n:5678 (planned)');
    const refused = await bolt(['build', '--no-color'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('out/Caddyfile (edited by hand)');
    expect(await readFile(out('Caddyfile'), 'utf8')).toContain('# hand edit');
    expect(await readFile(out('regions/smarterbot.com.ar/Caddyfile'), 'utf8')).toContain('n8n.smarterbot.com.ar {');
    expect((await bolt(['build', '--force'], dir)).code).toBe(0);
    expect(await readFile(out('Caddyfile'), 'utf8')).not.toContain('# hand edit');
    expect((await bolt(['check'], dir)).code).toBe(0);
  });

  it('removes files no longer generated, and the folders they leave empty', async () => {
    await bolt(['build'], dir);
    await editSpec('(`smarterbot.com.ar`, `.com.pe`, etc.)', '(`smarterbot.com.ar`, etc.)');
    const rebuilt = await bolt(['build', '--no-color'], dir);
    expect(rebuilt.stdout).toContain('remove regions/smarterbot.com.pe/Caddyfile');
    await expect(stat(out('regions/smarterbot.com.pe'))).rejects.toThrow();
    expect((await bolt(['check'], dir)).code).toBe(0);
  });

  it('--only runs the named generators and keeps the others recorded', async () => {
    await bolt(['build'], dir);
    await editSpec('| `redis` | `redis:7` | 6379 |', '| `redis` | `redis:7` | 6380 |');
    const only = await bolt(['build', '--only', 'caddyfile', '--no-color'], dir);
    expect(only.stdout).toMatch(/0 written/);
    expect((await bolt(['build', '--only', 'compose,caddyfile'], dir)).code).toBe(0);
    expect(await readFile(out('docker-compose.yml'), 'utf8')).toContain('"6380:6380"');
    const drift = JSON.parse((await bolt(['check', '--format', 'json'], dir)).stdout) as { drift: { path: string }[] };
    const drifted = drift.drift.map((d) => d.path);
    expect(drifted).toEqual(expect.arrayContaining(['regions/smarterbot.com.ar/docker-compose.yml', '.bolt-manifest.json']));
    expect(drifted).not.toContain('docker-compose.yml');
    expect((await bolt(['build', '--only', 'nope'], dir)).code).toBe(2);
  });

  it('uses the templates folder bolt.config.yaml points at', async () => {
    await mkdir(join(dir, 'my-templates'));
    await writeFile(join(dir, 'my-templates/Caddyfile.hbs'), '{{#each sites}}{{address}} {\n\treverse_proxy {{upstreams}}\n}\n{{/each}}');
    await writeFile(join(dir, 'bolt.config.yaml'), 'templates: my-templates\n');
    expect((await bolt(['build', '--only', 'caddyfile'], dir)).code).toBe(0);
    expect(await readFile(out('Caddyfile'), 'utf8')).toMatch(/^smarterbot\.cl \{\n\treverse_proxy https:\/\/app\.smarterbot\.cl\n\}\napi\.smarterbot\.cl/);
    expect(await readFile(out('.env.example'), 'utf8').catch(() => 'none')).toBe('none');
  });

  it('refuses to follow a symbolic link inside the output folder', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'bolt-outside-'));
    try {
      await mkdir(out(), { recursive: true });
      await symlink(outside, out('regions'));
      const refused = await bolt(['build'], dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/Unexpected symbolic link `regions` in the output folder/);
      expect(await readdir(outside)).toEqual([]);
      await expect(stat(out('Caddyfile'))).rejects.toThrow();
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('bolt check', () => {
  beforeEach(async () => {
    await bolt(['build'], dir);
  });

  it('reports a spec edit with a readable diff and exit 1, and writes nothing', async () => {
    await editSpec('odoo.smarterbot.cl      → Caddy → odoo:8069', 'erp.smarterbot.cl       → Caddy → odoo:8069');
    const before = await snapshotTree(out());
    const result = await bolt(['check', '--no-color'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('out/Caddyfile: changed: the specs changed since the last build');
    expect(result.stdout).toContain('-odoo.smarterbot.cl {\n+erp.smarterbot.cl {');
    expect(await snapshotTree(out())).toEqual(before);
  });

  it('reports a hand edit, a deleted file and a stray file; ignores other commands\' folders', async () => {
    await writeFile(out('.env.example'), 'SUPABASE_URL=https://real.example\n');
    await rm(out('docker-compose.yml'));
    await writeFile(out('regions/notes.txt'), 'mine\n');
    await mkdir(out('snapshots/1.2.0'), { recursive: true });
    await writeFile(out('snapshots/1.2.0/os.md'), 'frozen\n');
    await mkdir(out('docs'), { recursive: true });
    await writeFile(out('docs/index.html'), '<p>site</p>\n');
    const result = await bolt(['check', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { drift: { path: string; file: string; kind: string; handEdited: boolean; diff: string }[]; summary: Record<string, number> };
    const byPath = Object.fromEntries(report.drift.map((d) => [d.path, d]));
    expect(byPath['.env.example']).toMatchObject({ kind: 'changed', handEdited: true, file: 'out/.env.example' });
    expect(byPath['docker-compose.yml']).toMatchObject({ kind: 'missing' });
    expect(byPath['docker-compose.yml']!.diff).toContain('--- /dev/null');
    expect(byPath['regions/notes.txt']).toMatchObject({ kind: 'unexpected', handEdited: true });
    expect(Object.keys(byPath).filter((p) => p.startsWith('snapshots') || p.startsWith('docs'))).toEqual([]);
    expect(report.summary).toEqual({ missing: 1, changed: 1, unexpected: 1 });
  });

  it('treats a missing output folder as all missing, without creating it', async () => {
    const result = await bolt(['check', '--out', 'elsewhere'], dir);
    expect(result.code).toBe(1);
    await expect(stat(join(dir, 'elsewhere'))).rejects.toThrow();
    expect((await bolt(['check', '--format', 'xml'], dir)).code).toBe(2);
  });
});
