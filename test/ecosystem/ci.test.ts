/** The CI workflows (a spec repository's, and Bolt Lab's own tests) and the pre-commit hook. */
import { chmod, copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, childEnv, ROOT, run, tempDir } from './helpers.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  'continue-on-error'?: boolean;
  with?: Record<string, unknown>;
}

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { permissions?: Record<string, string>; container?: string; steps: Step[] }>;
}

/**
 * Evaluates a GitHub Actions `if:` expression of the kind the workflow uses (`==`, `!=`, `&&`,
 * `||`, `!`, parentheses, quoted strings, dotted context paths, `cancelled()`): the operators mean
 * the same in JavaScript, so the expression runs against a context object. A missing context
 * property is undefined, as in Actions (where it is null).
 */
function evaluateIf(expression: string, context: Record<string, unknown>): boolean {
  expect(expression).toMatch(/^[\w\s.!=&|()'/-]+$/);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- a test-only evaluator of a fixed file
  return Boolean(new Function('ctx', `with (ctx) { return (${expression}); }`)(context));
}

/** The context of a run: a push, or a pull request from this repository or a fork. */
function runContext(event: 'push' | 'same-repo-pr' | 'fork-pr', sarifReady: boolean): Record<string, unknown> {
  const repository = 'acme/platform';
  const pr = event === 'push' ? undefined : { head: { repo: { full_name: event === 'fork-pr' ? 'someone/platform' : repository } } };
  return {
    cancelled: () => false,
    always: () => true,
    success: () => true,
    steps: { sarif: { outputs: sarifReady ? { ready: 'true' } : {}, outcome: sarifReady ? 'success' : 'failure' } },
    github: { event_name: event === 'push' ? 'push' : 'pull_request', repository, event: pr ? { pull_request: pr } : {} },
  };
}

describe('.github/workflows/bolt.yml', () => {
  const workflow = async () => parse(await readFile(join(ROOT, '.github/workflows/bolt.yml'), 'utf8')) as Workflow;

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
    // The SARIF file the validate step writes is the one uploaded (`mv … bolt.sarif`).
    const sarifFile = String(steps[upload]!.with?.sarif_file);
    expect(steps[sarif]!.run).toContain(`mv bolt.sarif.tmp ${sarifFile}`);
    // The artifact is the folder `bolt docs --out` wrote.
    const docsOut = /--out (\S+)/.exec(steps[docs]!.run!)![1];
    expect(String(steps[artifact]!.with?.path).replace(/\/$/, '')).toBe(docsOut);
    // Every action is pinned to a version.
    for (const s of steps.filter((x) => x.uses)) expect(s.uses).toMatch(/@v?\d/);
  });

  it('uploads SARIF only when there is a report, never from a fork, and never fails the job on the upload', async () => {
    const wf = await workflow();
    const [job] = Object.values(wf.jobs);
    // upload-sarif reads the workflow run: private repositories need `actions: read`.
    expect(job!.permissions).toMatchObject({ 'security-events': 'write', 'actions': 'read', 'contents': 'read' });
    const sarif = job!.steps.find((s) => /bolt validate --format sarif/.test(s.run ?? ''))!;
    const upload = job!.steps.find((s) => (s.uses ?? '').startsWith('github/codeql-action/upload-sarif@'))!;
    expect(sarif.id).toBe('sarif');
    expect(sarif['continue-on-error']).toBe(true);
    expect(upload['continue-on-error']).toBe(true); // a private repository without code scanning answers 403
    const when = (event: 'push' | 'same-repo-pr' | 'fork-pr', ready: boolean) => evaluateIf(upload.if!, runContext(event, ready));
    expect(when('push', true)).toBe(true);
    expect(when('same-repo-pr', true)).toBe(true);
    expect(when('fork-pr', true)).toBe(false); // a fork's token cannot write security events
    expect(when('push', false)).toBe(false); // validate exited 2: no report, nothing uploaded
    expect(when('same-repo-pr', false)).toBe(false);
  });

  describe('the SARIF step, run as bash in a spec repository', () => {
    let dir: string;
    let cleanup: () => Promise<void>;
    beforeEach(async () => ({ dir, cleanup } = await tempDir('sarif-step')));
    afterEach(() => cleanup());

    /** Runs the step's script with `npx --no-install bolt` resolving to this checkout's CLI. */
    async function runStep(): Promise<{ code: number; outputs: string; sarif: string | undefined; stdout: string }> {
      const step = (await workflow()).jobs.bolt!.steps.find((s) => s.id === 'sarif')!;
      const shims = join(dir, '.shims');
      await mkdir(shims, { recursive: true });
      await writeFile(join(shims, 'npx'), `#!/usr/bin/env bash\n[ "$1 $2" = "--no-install bolt" ] || exit 99\nshift 2\nexec "${process.execPath}" "${BIN}" "$@"\n`);
      await chmod(join(shims, 'npx'), 0o755);
      const outputs = join(dir, '.github-output');
      await writeFile(outputs, '');
      const r = await run('bash', ['-e', '-c', step.run!], dir, childEnv({ PATH: `${shims}:${process.env.PATH ?? ''}`, GITHUB_OUTPUT: outputs }));
      const sarif = await readFile(join(dir, 'bolt.sarif'), 'utf8').catch(() => undefined);
      await expect(stat(join(dir, 'bolt.sarif.tmp'))).rejects.toThrow();
      return { code: r.code, outputs: await readFile(outputs, 'utf8'), sarif, stdout: r.stdout };
    }

    it('writes a non-empty report and sets ready=true when validate succeeds', async () => {
      expect((await run(process.execPath, [BIN, 'init', '--quiet'], dir)).code).toBe(0);
      const step = await runStep();
      expect(step.code).toBe(0);
      expect(step.outputs).toBe('ready=true\n');
      expect((JSON.parse(step.sarif!) as { version: string }).version).toBe('2.1.0');
    }, 120_000);

    it('leaves no file and no ready output when validate exits 2 on an unreadable spec', async () => {
      expect((await run(process.execPath, [BIN, 'init', '--quiet'], dir)).code).toBe(0);
      await writeFile(join(dir, 'specs/versions.lock'), 'images: [unclosed\n');
      expect((await run(process.execPath, [BIN, 'validate', '--format', 'sarif', '--fail-on', 'never'], dir)).code).toBe(2);
      const step = await runStep();
      expect(step.code).not.toBe(0); // the step fails (continue-on-error keeps the job going to the annotated validate)
      expect(step.outputs).toBe('');
      expect(step.sarif).toBeUndefined();
      expect(step.stdout).toContain('::warning::no SARIF report (bolt validate exited 2)');
    }, 120_000);
  });

  it('is the workflow `bolt init` scaffolds', async () => {
    expect(await readFile(join(ROOT, 'templates/init/github/workflows/bolt.yml'), 'utf8')).toBe(await readFile(join(ROOT, '.github/workflows/bolt.yml'), 'utf8'));
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

describe('.github/workflows/test.yml (Bolt Lab\'s own tests)', () => {
  it('runs npm ci && npm test and bolt check through .ci/run, in Debian like the project\'s CI', async () => {
    const wf = parse(await readFile(join(ROOT, '.github/workflows/test.yml'), 'utf8')) as Workflow;
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const [job] = Object.values(wf.jobs);
    expect(job!.container).toMatch(/^node:20-bookworm/);
    expect(job!.steps[0]!.uses).toMatch(/^actions\/checkout@v\d/);
    expect(job!.steps.some((s) => /^bash \.ci\/run$/.test((s.run ?? '').trim()))).toBe(true);
    const script = await readFile(join(ROOT, '.ci/run'), 'utf8');
    const commands = script.split('\n').filter((l) => !l.trim().startsWith('#'));
    const at = (re: RegExp) => commands.findIndex((l) => re.test(l));
    expect(at(/\bnpm ci\b/)).toBeGreaterThanOrEqual(0);
    expect(at(/\bnpm test\b/)).toBeGreaterThan(at(/\bnpm ci\b/));
    expect(at(/\bnpx (?:--no-install )?bolt check\b/)).toBeGreaterThan(at(/\bnpm test\b/));
    for (const s of job!.steps.filter((x) => x.uses)) expect(s.uses).toMatch(/@v?\d/);
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
  }, 240_000);

  it('checks what is staged: specs/ staged without the rebuilt out/ is stopped; unstaged edits do not count', async () => {
    const env = childEnv({ BOLT: `${process.execPath} ${BIN}`, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' });
    const git = (...args: string[]) => run('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], dir, env);
    const commits = async () => (await git('log', '--oneline')).stdout.trim().split('\n').length;
    expect((await git('init', '-q')).code).toBe(0);
    expect((await run(process.execPath, [BIN, 'init', '--quiet'], dir, env)).code).toBe(0);
    expect((await run(process.execPath, [BIN, 'build', '--quiet'], dir, env)).code).toBe(0);
    await git('add', '.');
    expect((await git('commit', '-q', '-m', 'initial')).code).toBe(0);
    await mkdir(join(dir, '.git/hooks'), { recursive: true });
    await copyFile(join(ROOT, 'hooks/pre-commit'), join(dir, '.git/hooks/pre-commit'));
    await chmod(join(dir, '.git/hooks/pre-commit'), 0o755);

    // Edit the spec, build (the working tree is in sync), stage specs/ only: stopped.
    const spec = join(dir, 'specs/os.md');
    await writeFile(spec, (await readFile(spec, 'utf8')).replace('| `postgres` | `postgres:16` | 5432 |', '| `postgres` | `postgres:16` | 5433 |'));
    expect((await run(process.execPath, [BIN, 'build', '--quiet'], dir, env)).code).toBe(0);
    expect((await run(process.execPath, [BIN, 'check', '--quiet'], dir, env)).code).toBe(0);
    await git('add', 'specs/');
    const partial = await git('commit', '-q', '-m', 'specs only');
    expect(partial.code).not.toBe(0);
    expect(partial.stderr).toContain('git add out/');
    expect(await commits()).toBe(1);

    // Stage out/ as well: it passes.
    await git('add', 'out/');
    const whole = await git('commit', '-q', '-m', 'specs and out');
    expect(whole.code, whole.stderr).toBe(0);
    expect(await commits()).toBe(2);

    // An unstaged, unbuilt spec edit does not block a commit of something else…
    await writeFile(spec, (await readFile(spec, 'utf8')).replace('5433 |', '5434 |'));
    await writeFile(join(dir, 'NOTES.md'), 'notes\n');
    await git('add', 'NOTES.md');
    const other = await git('commit', '-q', '-m', 'notes');
    expect(other.code, other.stderr).toBe(0);
    // …and `git commit -a` (which stages it) is stopped.
    const all = await git('commit', '-q', '-a', '-m', 'everything');
    expect(all.code).not.toBe(0);
    expect(all.stderr).toContain('bolt build');
    expect(await commits()).toBe(3);
  }, 240_000);
});
