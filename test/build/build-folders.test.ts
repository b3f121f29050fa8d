/**
 * Following `out/mcp/README.md` (`npm install && npm run build` in `out/mcp`) leaves `dist/`,
 * `node_modules/` and `package-lock.json` there. Those are the generated project's build outputs,
 * named by the `.gitignore` Bolt Lab writes into `out/mcp`: `bolt check` does not report them and
 * `bolt build` neither refuses over them nor removes them. Files Bolt Lab generated earlier and no
 * longer generates stay drift, wherever they are; a stray file outside the build folders too.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bolt } from '../helpers/cli.js';
import { ROOT, tempSpecs } from '../generators/helpers.js';
import { sha256 } from '../../src/write/manifest.js';

let dir: string;
let cleanup: () => Promise<void>;
const out = (p = ''): string => join(dir, 'out', p);
const run = promisify(execFile);

interface CheckReport {
  drift: { path: string; kind: string; handEdited: boolean }[];
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempSpecs(ROOT));
  const built = await bolt(['build'], dir);
  expect(built.code, built.stderr).toBe(0);
});
afterEach(async () => {
  await cleanup();
});

/** What `npm install && npm run build` leaves: a real tsc build against a linked node_modules. */
async function buildTheStub(): Promise<void> {
  await symlink(join(ROOT, 'node_modules'), out('mcp/node_modules'), 'dir');
  await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: out('mcp') });
  await writeFile(out('mcp/package-lock.json'), `${JSON.stringify({ name: 'smarteros-mcp', lockfileVersion: 3, packages: {} }, null, 2)}\n`);
  await writeFile(out('mcp/tsconfig.tsbuildinfo'), '{}\n');
}

describe('build folders of a generated project', () => {
  it('writes a .gitignore into out/mcp naming them', async () => {
    const text = await readFile(out('mcp/.gitignore'), 'utf8');
    for (const line of ['node_modules/', 'dist/', 'package-lock.json']) expect(text.split('\n')).toContain(line);
    expect(await readFile(join(ROOT, 'out/mcp/.gitignore'), 'utf8')).toBe(text);
  });

  it('check stays clean and build writes nothing after npm install && npm run build', async () => {
    await buildTheStub();
    expect((await readdir(out('mcp/dist'))).sort()).toContain('index.js');
    const check = await bolt(['check', '--format', 'json'], dir);
    expect(JSON.parse(check.stdout) as CheckReport, check.stderr).toEqual({ drift: [], summary: { missing: 0, changed: 0, unexpected: 0 } });
    expect(check.code).toBe(0);

    const rebuilt = await bolt(['build', '--no-color'], dir);
    expect(rebuilt.code, rebuilt.stdout + rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toMatch(/0 written, 0 removed/);
    await stat(out('mcp/dist/index.js'));
    await stat(out('mcp/package-lock.json'));
    await stat(out('mcp/node_modules/zod/package.json'));
  }, 120_000);

  it('still reports a stray source file and a hand edit of a generated file in out/mcp', async () => {
    await buildTheStub();
    await writeFile(out('mcp/src/extra.ts'), 'export {};\n');
    await writeFile(out('mcp/.gitignore'), '*\n'); // a hand edit cannot widen what is ignored
    const check = await bolt(['check', '--format', 'json'], dir);
    expect(check.code).toBe(1);
    const drift = (JSON.parse(check.stdout) as CheckReport).drift.map((d) => [d.path, d.kind]);
    expect(drift).toEqual([
      ['mcp/.gitignore', 'changed'],
      ['mcp/src/extra.ts', 'unexpected'],
    ]);
  }, 120_000);

  it('keeps a file the tool generated earlier and no longer generates as drift, even inside dist/', async () => {
    // An older build generated mcp/dist/legacy.js and mcp/package-lock.json (the manifest says so).
    const manifestFile = out('.bolt-manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { files: Record<string, { generator: string; sha256: string }> };
    const legacy = '// generated once\n';
    await mkdir(out('mcp/dist'), { recursive: true });
    await writeFile(out('mcp/dist/legacy.js'), legacy);
    await writeFile(out('mcp/package-lock.json'), legacy);
    manifest.files['mcp/dist/legacy.js'] = { generator: 'mcp', sha256: sha256(legacy) };
    manifest.files['mcp/package-lock.json'] = { generator: 'mcp', sha256: sha256(legacy) };
    await writeFile(manifestFile, JSON.stringify(manifest, null, 2));

    const check = await bolt(['check', '--format', 'json'], dir);
    expect(check.code).toBe(1);
    const drift = (JSON.parse(check.stdout) as CheckReport).drift.filter((d) => d.path !== '.bolt-manifest.json');
    expect(drift).toEqual([
      expect.objectContaining({ path: 'mcp/dist/legacy.js', kind: 'unexpected', handEdited: false }),
      expect.objectContaining({ path: 'mcp/package-lock.json', kind: 'unexpected', handEdited: false }),
    ]);
    const rebuilt = await bolt(['build'], dir);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    await expect(stat(out('mcp/dist/legacy.js'))).rejects.toThrow();
    expect((await bolt(['check'], dir)).code).toBe(0);
  });
});
