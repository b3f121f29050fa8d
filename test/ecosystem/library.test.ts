/**
 * The library API (`import … from 'bolt-lab'`): the named stages work on a scaffolded repository
 * without the CLI, and importing the entry starts nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { bolt } from '../helpers/cli.js';
import { BIN, childEnv, ROOT, run, tempDir } from './helpers.js';

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  repo = await tempDir('library');
  expect((await bolt(['init', '--quiet', '--domain', 'lib.example'], repo.dir)).code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('library API', () => {
  it('exports the stages the issue names, and the CLI', () => {
    for (const name of ['loadSpecs', 'extractSpecs', 'loadConfig', 'validate', 'generate', 'build', 'check', 'verify', 'main'] as const) {
      expect(typeof lib[name], name).toBe('function');
    }
    expect(lib.VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(lib.GENERATORS.map((g) => g.id)).toContain('compose');
  });

  it('loads, validates, generates, builds and checks a spec repository', async () => {
    const config = await lib.loadConfig(repo.dir);
    expect(config.out).toBe('out');
    const loaded = await lib.loadSpecs({ cwd: repo.dir, spec: config.spec, lock: config.lock });
    expect(loaded.model.routing?.routes[0]?.host).toBe('api.lib.example');
    expect(lib.validate(loaded, config).summary).toEqual({ errors: 0, warnings: 0, infos: 0 });

    const files = lib.generate(loaded, config);
    const caddyfile = files.find((f) => f.path === 'Caddyfile');
    expect(caddyfile?.contents).toContain('api.lib.example');
    expect(lib.generate(loaded, config, { only: ['caddyfile'] }).every((f) => f.generator === 'caddyfile')).toBe(true);

    expect((await lib.check(loaded, config)).length).toBeGreaterThan(0); // nothing built yet
    const built = await lib.build(loaded, config);
    expect(built.status).toBe('written');
    expect(await readFile(join(repo.dir, 'out/Caddyfile'), 'utf8')).toBe(caddyfile!.contents);
    expect(await lib.check(loaded, config)).toEqual([]);

    // A spec edit is drift until the next build.
    const spec = join(repo.dir, 'specs/os.md');
    await writeFile(spec, (await readFile(spec, 'utf8')).replace('api:8000\n```\n\n### **Caddyfile', 'api:8001\n```\n\n### **Caddyfile'));
    const edited = await lib.loadSpecs({ cwd: repo.dir });
    expect((await lib.check(edited, config)).map((d) => d.path)).toContain('Caddyfile');
  });

  it('builds a model from text in memory', () => {
    const { model, issues } = lib.extractSpecs([{ file: 'mem.md', text: '# Mem - Test\n**Version:** 2.0.0  \n**Date:** 2026-01-01\n' }]);
    expect(issues).toEqual([]);
    expect(model.header).toMatchObject({ name: 'Mem', title: 'Test', version: '2.0.0' });
    expect(lib.SpecModel.safeParse(model).success).toBe(true);
  });

  it('reports unreadable input as a BoltError with a location', async () => {
    const error = await lib.loadSpecs({ cwd: join(repo.dir, 'nowhere') }).catch((e: unknown) => e);
    expect(lib.isBoltError(error)).toBe(true);
    expect((error as lib.BoltError).hint).toContain('bolt init');
  });

  it('starts nothing on import: no output, no server, socket, timer or watcher, and the process ends by itself', async () => {
    // After a short pause (the module loader's own file handles close), nothing may be left open.
    const script = `void process.stdout; void process.stderr;
const before = process.getActiveResourcesInfo();
await import(${JSON.stringify(join(ROOT, 'dist/src/index.js'))});
await new Promise((r) => setTimeout(r, 100));
const open = process.getActiveResourcesInfo();
for (const r of before) open.splice(open.indexOf(r), 1);
process.stderr.write(JSON.stringify({ open }));`;
    const r = await run(process.execPath, ['--input-type=module', '-e', script], ROOT, childEnv(), 30_000);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    // Only a standard stream may appear (`vfile` imports `node:process`, whose module namespace
    // touches `process.stdin`); no server, socket, timer, watcher or child process.
    const { open } = JSON.parse(r.stderr) as { open: string[] };
    expect(open.filter((h) => h !== 'PipeWrap' && h !== 'TTYWrap')).toEqual([]);
    expect(BIN).toContain('dist');
  });
});
