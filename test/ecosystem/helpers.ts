/** Shared helpers of the ecosystem tests: temp folders and child processes with a clean env. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The compiled CLI (`npm ci` / `npm run build` produce it). */
export const BIN = join(ROOT, 'dist/src/cli/bin.js');

/** A fresh temp folder; `cleanup` removes it. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `bolt-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The environment for child processes: npm's `npm_*` variables removed (under `npm test` they
 * would point a nested npm at this repository) and colours off.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  delete env.FORCE_COLOR;
  return { ...env, NO_COLOR: '1', ...extra };
}

/** The outcome of a child process. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion (never throws on a non-zero exit). */
export function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = childEnv(), timeout = 120_000): Promise<RunResult> {
  return new Promise((done) => {
    execFile(file, args, { cwd, env, timeout, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout: stdout.toString(), stderr: stderr.toString() });
    });
  });
}
