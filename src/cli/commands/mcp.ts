/** `bolt mcp` (not implemented yet). */
import { BoltError } from '../../errors.js';
import type { CliEnv } from '../env.js';

export const summary = 'mcp';
export const help = 'Usage: bolt mcp (not implemented yet)';

/** Runs the command. */
export async function run(_args: string[], _env: CliEnv): Promise<number> {
  throw new BoltError('`bolt mcp` is not implemented yet', { location: { file: 'bolt mcp' } });
}
