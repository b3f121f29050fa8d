/**
 * Flags every command shares (`--spec`, `--lock`, `--config`, `--cwd`, `--quiet`, `--no-color`)
 * and their parsing with node's `util.parseArgs` (strict: an unknown flag is a usage error).
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { BoltConfig } from '../config.js';
import { BoltError } from '../errors/index.js';
import type { LoadedSpecs } from '../load/index.js';
import { loadWorkspace } from '../load/workspace.js';
import type { CliEnv } from './env.js';

/** The shared flags, for `parseArgs` option tables. */
export const COMMON_OPTIONS = {
  spec: { type: 'string', multiple: true },
  lock: { type: 'string' },
  config: { type: 'string' },
  cwd: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Help lines for the shared flags. */
export const COMMON_HELP = `Common flags:
  --spec GLOB       spec files (default specs/**/*.md; repeatable)
  --lock FILE       versions.lock (default specs/versions.lock)
  --config FILE     configuration (default bolt.config.yaml when present)
  --cwd DIR         run as if started in DIR
  -q, --quiet       no output on success
  --no-color        no colours (also NO_COLOR, or output that is not a terminal)
  -h, --help        this help`;

/** Parses flags strictly; an unknown flag or missing value is a usage error (exit 2). */
export function parseFlags<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  command: string,
  allowPositionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: typeof COMMON_OPTIONS & O; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
  } catch (error) {
    throw new BoltError(`${(error as Error).message.replace(/\. To specify.*$/s, '')}`, {
      location: { file: `bolt ${command}` },
      hint: `see \`bolt ${command} --help\``,
    });
  }
}

/** Shared flag values after parsing. */
export interface CommonValues {
  spec?: string[] | undefined;
  lock?: string | undefined;
  config?: string | undefined;
  cwd?: string | undefined;
  quiet?: boolean | undefined;
  'no-color'?: boolean | undefined;
  color?: boolean | undefined;
}

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
