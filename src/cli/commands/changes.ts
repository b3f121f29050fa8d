/** `bolt changes` (not implemented yet). */
import { BoltError } from '../../errors.js';
import type { CliEnv } from '../env.js';

export const summary = 'changes';
export const help = 'Usage: bolt changes (not implemented yet)';

/** Runs the command. */
export async function run(_args: string[], _env: CliEnv): Promise<number> {
  throw new BoltError('`bolt changes` is not implemented yet', { location: { file: 'bolt changes' } });
}
