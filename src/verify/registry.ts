/** Reads the tool names of `registry.json` (the MCP catalog) for the `mcp` comparison. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { boltError } from '../errors/index.js';
import type { RegistryTools } from './probes/mcp.js';

/** Default registry path, relative to the working directory. */
export const DEFAULT_REGISTRY = 'out/registry.json';

/** The registry's tool names; a missing default file is a reason to skip, a missing explicit one exit 2. */
export async function loadRegistryTools(cwd: string, file: string | undefined): Promise<RegistryTools> {
  const shown = file ?? DEFAULT_REGISTRY;
  let text: string;
  try {
    text = await readFile(resolve(cwd, shown), 'utf8');
  } catch (error) {
    if (file === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { file: shown, missing: `no ${shown} to compare with (run \`bolt build\`, or pass --registry FILE)` };
    }
    throw boltError('RegistryUnreadable', { reason: (error as Error).message }, { flag: '--registry' });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw boltError('RegistryNotJson', { reason: (error as Error).message }, { location: { file: shown } });
  }
  const tools = (parsed as { tools?: unknown } | null)?.tools;
  if (!Array.isArray(tools) || !tools.every((t) => typeof (t as { name?: unknown })?.name === 'string')) {
    throw boltError('RegistryShape', {}, { location: { file: shown } });
  }
  return { file: shown, names: tools.map((t) => (t as { name: string }).name) };
}
