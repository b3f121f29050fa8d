/** The CI workflow example and the pre-commit hook. */
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, childEnv, ROOT, run, tempDir } from './helpers.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe('.github/workflows/bolt.yml', () => {
  const workflow = async () => parse(await readFile(join(ROOT, '.github/workflows/bolt.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
  };

  it('installs, validates to SARIF for code scanning, checks drift and uploads the docs', async () => {
    const wf = await workflow();
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const [job] = Object.values(wf.jobs);
    expect(job!.permissions?.['security-events']).toBe('write');
    const steps = job!.steps;
    const index = (test: (s: Step) => boolean, what: string) => {
      const i = steps.findIndex(test);
      expect(i, what).toBeGreaterThanOrEqual(0);
      return i;
    };
    const install = index((s) => /npm (?:ci|install)/.test(s.run ?? ''), 'install step');
    const sarif = index((s) => /bolt validate --format sarif/.test(s.run ?? ''), 'SARIF step');
    const upload = index((s) => (s.uses ?? '').startsWith('github/codeql-action/upload-sarif@'), 'upload-sarif step');
    const check = index((s) => /bolt check\b/.test(s.run ?? ''), 'check step');
    const docs = index((s) => /bolt docs\b/.test(s.run ?? ''), 'docs step');
    const artifact = index((s) => (s.uses ?? '').startsWith('actions/upload-artifact@'), 'upload-artifact step');
    expect(install).toBeLessThan(sarif);
    expect(sarif).toBeLessThan(upload);
    expect(docs).toBeLessThan(artifact);
    expect(check).toBeGreaterThan(install);
    // The SARIF file the validate step writes is the one uploaded, even when a later step fails.
    const sarifFile = /> (\S+)/.exec(steps[sarif]!.run!)![1];
    expect(steps[upload]!.with?.sarif_file).toBe(sarifFile);
    expect(steps[upload]!.if).toMatch(/always\(\)/);
    // The artifact is the folder `bolt docs --out` wrote.
    const docsOut = /--out (\S+)/.exec(steps[docs]!.run!)![1];
    expect(String(steps[artifact]!.with?.path).replace(/\/$/, '')).toBe(docsOut);
    // Every action is pinned to a version.
    for (const s of steps.filter((x) => x.uses)) expect(s.uses).toMatch(/@v?\d/);
  });

  it('runs only commands the CLI has, with flags their --help lists', async () => {
    const { COMMANDS } = await import('../../src/cli/main.js');
    const { renderHelp } = await import('../../src/cli/command.js');
    const steps = Object.values((await workflow()).jobs).flatMap((j) => j.steps);
    let seen = 0;
    for (const line of steps.flatMap((s) => (s.run ?? '').split('\n'))) {
      const m = /npx --no-install bolt (\w+)([^>|&;]*)/.exec(line);
      if (!m || m[1]!.startsWith('-')) continue;
      expect(Object.keys(COMMANDS), line).toContain(m[1]);
      const help = renderHelp((await COMMANDS[m[1]!]!.load()).command);
      for (const flag of m[2]!.match(/--[a-z-]+/g) ?? []) expect(help, `${m[1]} ${flag}`).toContain(flag);
      seen++;
    }
    expect(seen).toBeGreaterThanOrEqual(4);
  });
});

describe('hooks/pre-commit', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('hook')));
  afterEach(() => cleanup());

  it('is valid bash', async () => {
    const r = await run('bash', ['-n', join(ROOT, 'hooks/pre-commit')], ROOT);
    expect(r.code, r.stderr).toBe(0);
  });

  it('lets a clean commit through and stops one whose out/ drifted', async () => {
    const env = childEnv({ BOLT: `${process.execPath} ${BIN}`, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' });
    const git = (...args: string[]) => run('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], dir, env);
    expect((await git('init', '-q')).code).toBe(0);
    expect((await run(process.execPath, [BIN, 'init', '--quiet'], dir, env)).code).toBe(0);
    expect((await run(process.execPath, [BIN, 'build', '--quiet'], dir, env)).code).toBe(0);
    await mkdir(join(dir, '.git/hooks'), { recursive: true });
    await copyFile(join(ROOT, 'hooks/pre-commit'), join(dir, '.git/hooks/pre-commit'));
    await chmod(join(dir, '.git/hooks/pre-commit'), 0o755);

    await git('add', '.');
    const clean = await git('commit', '-q', '-m', 'specs');
    expect(clean.code, clean.stderr).toBe(0);

    const spec = join(dir, 'specs/os.md');
    await writeFile(spec, (await readFile(spec, 'utf8')).replace('| `postgres` | `postgres:16` | 5432 |', '| `postgres` | `postgres:16` | 5433 |'));
    await git('add', '.');
    const drift = await git('commit', '-q', '-m', 'drift');
    expect(drift.code).not.toBe(0);
    expect(drift.stderr).toContain('bolt build');
    expect((await git('log', '--oneline')).stdout.trim().split('\n')).toHaveLength(1);
  });
});
