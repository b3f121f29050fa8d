/**
 * The packed package works on its own: `npm pack` holds only what is needed, and the tarball
 * installed into an empty folder runs `bolt init`, `bolt validate`, `bolt build`, and serves the
 * library API (ESM import and TypeScript types).
 *
 * `npm pack --ignore-scripts` packs the current dist/ (built by `npm ci`'s `prepare` or
 * `npm run build`) so that type errors elsewhere in a work tree do not stop the pack. The install
 * prefers npm's cache (`--offline`, filled by the project's own `npm ci`) and falls back to the
 * registry.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, childEnv, ROOT, run, type RunResult, tempDir } from './helpers.js';

const TIMEOUT = 300_000;
let work: { dir: string; cleanup: () => Promise<void> };
let app: string;
let tarball: string;
let files: string[];

function ok(r: RunResult, what: string): void {
  expect(r.code, `${what}\n${r.stdout}\n${r.stderr}`).toBe(0);
}

beforeAll(async () => {
  expect(existsSync(BIN), 'dist/ is missing: run `npm run build`').toBe(true);
  work = await tempDir('pack');
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work.dir], ROOT);
  ok(packed, 'npm pack');
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work.dir, info!.filename);
  files = info!.files.map((f) => f.path);

  app = join(work.dir, 'app');
  await run('mkdir', ['-p', app], work.dir);
  await writeFile(join(app, 'package.json'), '{ "name": "pack-test", "private": true, "type": "module" }\n');
  const args = ['install', '--no-audit', '--no-fund', '--no-save', tarball];
  let installed = await run('npm', [...args, '--offline'], app);
  if (installed.code !== 0) installed = await run('npm', args, app);
  ok(installed, 'npm install <tarball>');
}, TIMEOUT);

afterAll(() => work?.cleanup());

describe('npm pack', () => {
  it('packs only what the package needs', () => {
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files).toContain('dist/src/cli/bin.js');
    expect(files).toContain('templates/init/os.md.hbs');
    expect(files).toContain('templates/init/gitignore');
    expect(files).toContain('schemas/versions.lock.schema.json');
    expect(files).toContain('schemas/bolt.config.schema.json');
    expect(files).toContain('schemas/registry.schema.json');
    // The docs tell users to copy the hook from node_modules/bolt-lab/hooks/.
    expect(files).toContain('hooks/pre-commit');
    expect(files).toContain('docs/spec-format.md');
    const stray = files.filter((f) => /^(?:test|bench|specs|out|node_modules|src|generators|\.ci|\.github)\//.test(f) || /\.test\.(?:js|ts)$/.test(f) || f.endsWith('.tgz'));
    expect(stray).toEqual([]);
  });

  it('installs into an empty folder and scaffolds, validates and builds there', async () => {
    const bolt = join(app, 'node_modules/.bin/bolt');
    const version = await run(bolt, ['--version'], app);
    ok(version, 'bolt --version');
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);

    ok(await run(bolt, ['init', 'repo', '--name', 'Packed', '--domain', 'packed.example'], app), 'bolt init');
    const repo = join(app, 'repo');
    // The scaffold's package.json pins the installed version.
    expect(JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')).devDependencies['bolt-lab']).toBe(`^${pkg.version}`);
    ok(await run(bolt, ['validate', '--fail-on', 'warning'], repo), 'bolt validate');
    ok(await run(bolt, ['build'], repo), 'bolt build');
    expect(existsSync(join(repo, 'out/docker-compose.yml'))).toBe(true);
    ok(await run(bolt, ['check'], repo), 'bolt check');
  }, TIMEOUT);

  it('serves the library API to an ESM script', async () => {
    await writeFile(
      join(app, 'use.mjs'),
      `import { loadSpecs, validate, extractSpecs, VERSION } from 'bolt-lab';
const loaded = await loadSpecs({ cwd: process.argv[2] });
const { model } = extractSpecs([{ file: 'x.md', text: '# X - Y\\n**Version:** 1.0.0\\n' }]);
console.log(JSON.stringify({ version: VERSION, name: loaded.model.header.name, summary: validate(loaded).summary, x: model.header.version }));
`,
    );
    await run(join(app, 'node_modules/.bin/bolt'), ['init', 'lib', '--name', 'Lib', '--quiet'], app);
    const r = await run(process.execPath, ['use.mjs', join(app, 'lib')], app, childEnv());
    ok(r, 'node use.mjs');
    expect(JSON.parse(r.stdout)).toMatchObject({ name: 'Lib', summary: { errors: 0 }, x: '1.0.0' });
  }, TIMEOUT);

  it('gives TypeScript users its types', async () => {
    await writeFile(
      join(app, 'use.mts'),
      `import { loadSpecs, validate, type Diagnostic, type SpecModel, type BoltConfig } from 'bolt-lab';
const loaded = await loadSpecs({ cwd: '.' });
const model: SpecModel = loaded.model;
const config: BoltConfig = { rules: { 'inventory/unpinned-image': 'off' } };
const diagnostics: Diagnostic[] = validate(loaded, config).diagnostics;
export const count: number = diagnostics.length + model.files.length;
`,
    );
    await writeFile(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] },
        files: ['use.mts'],
      }),
    );
    ok(await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], app), 'tsc');
  }, TIMEOUT);
});
