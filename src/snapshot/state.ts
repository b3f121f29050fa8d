/**
 * One side of `bolt changes`: a release snapshot (its `os.md`, `versions.lock`, `registry.json`)
 * or the current specs. Both become the same shape: the model, the lock and the tool names.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { GENERATORS } from '../../generators/index.js';
import { generatorInput } from '../pipeline/build.js';
import type { BoltConfig } from '../config.js';
import { boltError } from '../errors/index.js';
import { parseLock } from '../lock/read.js';
import type { Lock, SpecModel } from '../model/schema.js';
import { assignToolNames } from '../model/tool-names.js';
import { extractSpecs, type LoadedSpecs } from '../load/index.js';

/** A side of the comparison. */
export interface SpecState {
  /** `1.1.0`, `out/snapshots/1.1.0`, or `current specs`. */
  label: string;
  model: SpecModel;
  lock?: Lock | undefined;
  /** MCP tool names, from registry.json when there is one, else derived from the endpoints. */
  tools: string[];
}

function registryTools(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  try {
    const reg = JSON.parse(text) as { tools?: { name?: unknown }[] };
    return Array.isArray(reg.tools) ? reg.tools.map((t) => String(t.name)) : undefined;
  } catch {
    return undefined;
  }
}

function endpointTools(model: SpecModel): string[] {
  return assignToolNames((model.api?.categories ?? []).flatMap((c) => c.endpoints)).map((t) => t.name);
}

/** `1.1.0` → `<out>/snapshots/1.1.0`; a folder path as is. Exit 2 when neither exists. */
export function resolveSnapshot(ref: string, cwd: string, outDir: string): string {
  const asPath = resolve(cwd, ref);
  if (existsSync(asPath) && statSync(asPath).isDirectory()) return asPath;
  const asRelease = join(resolve(cwd, outDir), 'snapshots', ref);
  if (existsSync(asRelease)) return asRelease;
  throw boltError('SnapshotNotFound', { ref, dir: outDir }, { command: 'changes' });
}

/** Reads a snapshot folder. */
export async function readSnapshot(dir: string, cwd: string, label: string): Promise<SpecState> {
  const read = async (name: string) => (existsSync(join(dir, name)) ? readFile(join(dir, name), 'utf8') : undefined);
  const rel = relative(cwd, dir).split('\\').join('/') || '.';
  const text = await read('os.md');
  if (text === undefined) throw boltError('SnapshotIncomplete', { ref: rel }, { location: { file: rel } });
  const { model } = extractSpecs([{ file: `${rel}/os.md`, text }]);
  const lockText = await read('versions.lock');
  const lock = lockText === undefined ? undefined : parseLock(`${rel}/versions.lock`, lockText);
  return { label, model, lock, tools: registryTools(await read('registry.json')) ?? endpointTools(model) };
}

/** The current specs as a side, with tools from the registry generator (as a snapshot would freeze them). */
export function currentState(loaded: LoadedSpecs, config: BoltConfig): SpecState {
  let tools: string[] | undefined;
  try {
    const registry = GENERATORS.find((g) => g.id === 'registry');
    const file = registry?.generate(generatorInput(loaded, config)).find((f) => f.path === 'registry.json');
    tools = registryTools(file?.contents);
  } catch {
    tools = undefined; // the endpoints say the same, by name
  }
  return { label: 'current specs', model: loaded.model, lock: loaded.lock, tools: tools ?? endpointTools(loaded.model) };
}
