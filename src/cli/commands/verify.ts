/** `bolt verify` (not implemented yet). */
import { BoltError } from '../../errors.js';
import type { CliEnv } from '../env.js';

export const summary = 'verify';
export const help = 'Usage: bolt verify (not implemented yet)';

/** Runs the command. */
export async function run(_args: string[], _env: CliEnv): Promise<number> {
  throw new BoltError('`bolt verify` is not implemented yet', { location: { file: 'bolt verify' } });
}
