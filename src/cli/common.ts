/**
 * What commands share after parsing: the colour decision, the working folder, and loading the
 * config and specs as the common flags say. The flags themselves are declared in `./flags.ts`.
 */
import { resolve } from 'node:path';
import type { BoltConfig } from '../config.js';
import type { LoadedSpecs } from '../load/index.js';
import { loadWorkspace } from '../load/workspace.js';
import type { CliEnv } from './env.js';
import type { CommonValues } from './flags.js';

export type { CommonValues } from './flags.js';

/** True when colours are wanted: a TTY, no NO_COLOR, no --no-color (FORCE_COLOR or --color force). */
export function useColor(values: CommonValues, env: CliEnv, stream: CliEnv['stdout'] = env.stdout): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (env.env.NO_COLOR !== undefined && env.env.NO_COLOR !== '') return false;
  if (env.env.FORCE_COLOR !== undefined && env.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.env.TERM !== 'dumb';
}

/** The working directory a command runs in. */
export function workDir(values: CommonValues, env: CliEnv): string {
  return resolve(env.cwd, values.cwd ?? '.');
}

/** Loads config and specs as the shared flags say (flags win over the config file). */
export async function loadFromFlags(values: CommonValues, env: CliEnv): Promise<{ config: BoltConfig; loaded: LoadedSpecs }> {
  return loadWorkspace({ cwd: workDir(values, env), spec: values.spec, lock: values.lock, config: values.config });
}
