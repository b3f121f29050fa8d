/** Runs `bolt` in-process with captured output, as tests need it. */
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** The outcome of one CLI run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs `bolt <args>` in `cwd` with an optional environment (NO_COLOR etc.). */
export async function bolt(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { cwd, stdout, stderr, env: { ...env } });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
