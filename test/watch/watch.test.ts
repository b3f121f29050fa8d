import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateDist, ROOT, until } from './helpers.js';

describe('bolt watch, the binary', () => {
  let dist: string;
  let repo: string;
  let child: ChildProcess | undefined;
  let stdout = '';
  let stderr = '';
  beforeAll(async () => {
    dist = await privateDist();
    repo = mkdtempSync(join(tmpdir(), 'bolt-watch-'));
    mkdirSync(join(repo, 'specs'));
    copyFileSync(join(ROOT, 'specs/os.md'), join(repo, 'specs/os.md'));
    copyFileSync(join(ROOT, 'specs/versions.lock'), join(repo, 'specs/versions.lock'));
    // A template override folder, to see template edits rebuilt too.
    mkdirSync(join(repo, 'tpl'));
    copyFileSync(join(ROOT, 'templates/Caddyfile.hbs'), join(repo, 'tpl/Caddyfile.hbs'));
    writeFileSync(join(repo, 'bolt.config.yaml'), 'templates: tpl\n');
  }, 240_000);
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dist, { recursive: true, force: true });
    rmSync(repo, { recursive: true, force: true });
  });

  it('rebuilds what an edit changes, keeps the last good outputs on errors, and exits 0 on Ctrl-C', async () => {
    child = spawn(process.execPath, [join(dist, 'src/cli/bin.js'), 'watch', '--debounce', '50', '--no-color'], { cwd: repo });
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child!.on('exit', (code) => r(code)));
    const snapshot = join(repo, 'out/os.md');
    const compose = join(repo, 'out/docker-compose.yml');
    const spec = join(repo, 'specs/os.md');
    await until(() => stdout.includes('watching'), 'the first build');
    expect(stdout).toMatch(/18 section\(s\) parsed, 0 reused/);
    expect(readFileSync(snapshot, 'utf8')).toContain('PostgreSQL database');
    const composeBefore = statSync(compose).mtimeMs;

    // A one-line edit: one section parsed again, only the outputs that show the purpose rewritten.
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('PostgreSQL database', 'PostgreSQL main database'));
    await until(() => readFileSync(snapshot, 'utf8').includes('PostgreSQL main database'), 'the edit to reach out/os.md');
    await until(() => /1 section\(s\) parsed, 17 reused/.test(stdout), 'the rebuild report');
    expect(statSync(compose).mtimeMs).toBe(composeBefore);

    // An error: reported, nothing written, the watcher goes on.
    const good = readFileSync(snapshot, 'utf8');
    const text = readFileSync(spec, 'utf8');
    writeFileSync(spec, text.replace('| `redis` | `redis:7` |', '| `postgres` | `redis:7` |'));
    await until(() => /nothing written/.test(stderr), 'the error report');
    expect(stderr).toMatch(/inventory\/duplicate-service/);
    expect(stderr).toMatch(/the last good outputs stay/);
    expect(readFileSync(snapshot, 'utf8')).toBe(good);

    // Fixed again: the next rebuild writes.
    writeFileSync(spec, text.replace('PostgreSQL main database', 'PostgreSQL primary database'));
    await until(() => readFileSync(snapshot, 'utf8').includes('PostgreSQL primary database'), 'the rebuild after the fix');

    // The lock is watched too; a rebuild for it parses no section at all.
    const lock = join(repo, 'specs/versions.lock');
    writeFileSync(lock, `${readFileSync(lock, 'utf8')}# touched\n`);
    await until(() => /0 section\(s\) parsed, 18 reused/.test(stdout), 'the rebuild for the lock');

    // An edited template is read again (compiled templates are cached for the process).
    const template = join(repo, 'tpl/Caddyfile.hbs');
    writeFileSync(template, `# edited template\n${readFileSync(template, 'utf8')}`);
    await until(() => readFileSync(join(repo, 'out/Caddyfile'), 'utf8').startsWith('# edited template'), 'the template edit to reach out/Caddyfile');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 180_000);
});
