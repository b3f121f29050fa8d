/** What the watch tests share: a private build of the CLI and polling until a condition holds. */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = join(import.meta.dirname, '../..');

/** Polls until `check` holds, or fails after `ms` with `what` (and `log()` when given). */
export async function until(check: () => boolean, what: string, log: () => string = () => '', ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A private build of the CLI under test-artifacts/, as test/mcp does: tests running the shared
 * dist/ never see a half-written file. Returns the folder (remove it after).
 */
export async function privateDist(): Promise<string> {
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  const dist = mkdtempSync(join(ROOT, 'test-artifacts', 'bolt-dist-'));
  await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json', '--outDir', dist, '--declaration', 'false'], { cwd: ROOT }).catch(() => undefined);
  return dist;
}

/** A spec repository in a temp folder holding a copy of the seed's specs/os.md and versions.lock. */
export function seedRepo(prefix: string): string {
  const repo = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(repo, 'specs'));
  copyFileSync(join(ROOT, 'specs/os.md'), join(repo, 'specs/os.md'));
  copyFileSync(join(ROOT, 'specs/versions.lock'), join(repo, 'specs/versions.lock'));
  return repo;
}

/** A running `bolt watch` in `repo`, its output so far, and its exit. */
export interface Watching {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  log(): string;
  exited: Promise<number | null>;
}

/** Starts `bolt watch --debounce 50` of the private build in `repo`. */
export function startWatch(dist: string, repo: string): Watching {
  const child = spawn(process.execPath, [join(dist, 'src/cli/bin.js'), 'watch', '--debounce', '50', '--no-color'], { cwd: repo });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, log: () => `stdout:\n${stdout}\nstderr:\n${stderr}`, exited };
}
