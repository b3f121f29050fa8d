/** `bolt init`: the scaffold validates with no findings, builds, and never overwrites by accident. */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bolt } from '../helpers/cli.js';
import { ROOT, tempDir } from './helpers.js';

const SCAFFOLD = ['specs/os.md', 'specs/versions.lock', 'bolt.config.yaml', '.gitignore', '.github/workflows/bolt.yml', 'package.json'];

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('init')));
afterEach(() => cleanup());

describe('bolt init', () => {
  it('scaffolds every file, and the spec parses with no issue', async () => {
    const r = await bolt(['init', 'acme', '--name', 'Acme', '--domain', 'acme.io', '--date', '2026-03-04'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const f of SCAFFOLD) expect(r.stdout).toContain(f);
    const repo = join(dir, 'acme');
    for (const f of SCAFFOLD) await expect(readFile(join(repo, f), 'utf8')).resolves.not.toBe('');
    const parsed = await bolt(['parse', '--json'], repo);
    expect(parsed.code).toBe(0);
    const { model, issues, lock } = JSON.parse(parsed.stdout);
    expect(issues).toEqual([]);
    expect(model.header).toMatchObject({ name: 'Acme', version: '0.1.0', date: '2026-03-04' });
    expect(model.routing.routes.map((r: { host: string }) => r.host)).toEqual(['api.acme.io']);
    expect(lock.images.length).toBe(3);
  });

  it('passes `bolt validate --fail-on warning` with no findings at all', async () => {
    await bolt(['init', '--quiet'], dir);
    const r = await bolt(['validate', '--format', 'json', '--fail-on', 'warning'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0 } });
  });

  it('builds at once, and the built out/ passes `bolt check`', async () => {
    await bolt(['init', '--quiet'], dir);
    const build = await bolt(['build'], dir);
    expect(build.code, build.stderr).toBe(0);
    const compose = parse(await readFile(join(dir, 'out/docker-compose.yml'), 'utf8'));
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'caddy', 'postgres']);
    await expect(readFile(join(dir, 'out/Caddyfile'), 'utf8')).resolves.toContain('reverse_proxy api:8000');
    const registry = JSON.parse(await readFile(join(dir, 'out/registry.json'), 'utf8'));
    expect(registry.tools.map((t: { name: string }) => t.name).sort()).toEqual(['core_health', 'core_registry_json', 'items_create', 'items_list']);
    const check = await bolt(['check', '--quiet'], dir);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('refuses to overwrite (exit 1, nothing written), and overwrites with --force', async () => {
    await writeFile(join(dir, 'bolt.config.yaml'), 'out: mine\n');
    const r = await bolt(['init'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('`bolt.config.yaml`');
    expect(r.stderr).toContain('--force');
    await expect(readFile(join(dir, 'specs/os.md'), 'utf8')).rejects.toThrow();
    expect(await readFile(join(dir, 'bolt.config.yaml'), 'utf8')).toBe('out: mine\n');
    const forced = await bolt(['init', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('bolt.config.yaml (overwritten)');
    expect(await readFile(join(dir, 'bolt.config.yaml'), 'utf8')).toContain('yaml-language-server');
  });

  it('keeps an existing package.json (bolt-lab installed first)', async () => {
    await writeFile(join(dir, 'package.json'), '{"name":"mine"}\n');
    const r = await bolt(['init'], dir);
    expect(r.code).toBe(0);
    expect(await readFile(join(dir, 'package.json'), 'utf8')).toBe('{"name":"mine"}\n');
  });

  it.each([
    [['--domain', 'not a domain'], 'Unexpected domain'],
    [['--name', 'A - B'], 'Unexpected name'],
    [['--date', '2026-13-45'], 'Unexpected date'],
    [['--date', '2026-02-30'], 'Unexpected date'],
    [['a', 'b'], 'at most one folder'],
    [['--nope'], 'bolt init'],
  ])('rejects %j with exit 2 and a hint', async (args, message) => {
    const r = await bolt(['init', ...args], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('hint:');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes YAML that its JSON Schemas accept, with a $schema comment that resolves once bolt-lab is installed', async () => {
    await bolt(['init', '--quiet'], dir);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const [file, schema] of [
      ['specs/versions.lock', 'versions.lock.schema.json'],
      ['bolt.config.yaml', 'bolt.config.schema.json'],
    ] as const) {
      const text = await readFile(join(dir, file), 'utf8');
      const comment = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
      expect(comment, file).not.toBeNull();
      // The comment points at the installed package's copy of the schema.
      expect(join(dir, file, '..', comment![1]!)).toBe(join(dir, 'node_modules/bolt-lab/schemas', schema));
      const validateFn = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', schema), 'utf8')));
      expect(validateFn(parse(text) ?? {}), JSON.stringify(validateFn.errors)).toBe(true);
    }
  });

  it('ships the same CI workflow as the repository example', async () => {
    await bolt(['init', '--quiet'], dir);
    expect(await readFile(join(dir, '.github/workflows/bolt.yml'), 'utf8')).toBe(await readFile(join(ROOT, '.github/workflows/bolt.yml'), 'utf8'));
  });
});
