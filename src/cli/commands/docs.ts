/** `bolt docs` (not implemented yet). */
import { BoltError } from '../../errors.js';
import type { CliEnv } from '../env.js';

export const summary = 'docs';
export const help = 'Usage: bolt docs (not implemented yet)';

/** Runs the command. */
export async function run(_args: string[], _env: CliEnv): Promise<number> {
  throw new BoltError('`bolt docs` is not implemented yet', { location: { file: 'bolt docs' } });
}
