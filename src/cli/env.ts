/**
 * What a command gets from the CLI shell: output streams, colour decision, the process
 * environment and cwd. Tests pass their own to run commands in-process.
 */
import type { Writable } from 'node:stream';

/** The command's world. */
export interface CliEnv {
  cwd: string;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** The real process's environment. */
export function processEnv(): CliEnv {
  return { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };
}
