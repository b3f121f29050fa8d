/**
 * A spec repository as every command sees it: its bolt.config.yaml, then its specs and lock, the
 * explicit paths winning over the config's. The one home of "load config then specs".
 */
import { type BoltConfig, loadConfig } from '../config.js';
import type { SectionCache } from '../parse/cache/store.js';
import { type LoadedSpecs, loadSpecs } from './index.js';

/** Where a workspace is and which inputs it reads (the CLI's shared flags). */
export interface Workspace {
  cwd: string;
  spec?: string[] | undefined;
  lock?: string | undefined;
  config?: string | undefined;
  /** Texts that win over the files on disk, by absolute path (see `LoadOptions.overlay`). */
  overlay?: ReadonlyMap<string, string> | undefined;
}

/** Loads the config, then the specs and lock it names; `cache` is the caller's (watch, lsp). */
export async function loadWorkspace(ws: Workspace, cache?: SectionCache): Promise<{ config: BoltConfig; loaded: LoadedSpecs }> {
  const config = await loadConfig(ws.cwd, ws.config);
  const loaded = await loadSpecs({
    cwd: ws.cwd,
    spec: ws.spec ?? config.spec,
    lock: ws.lock ?? config.lock,
    lockRequired: ws.lock !== undefined || config.lock !== undefined,
    ...(cache ? { cache } : {}),
    ...(ws.overlay ? { overlay: ws.overlay } : {}),
  });
  return { config, loaded };
}
