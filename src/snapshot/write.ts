/**
 * Writes a snapshot folder atomically: every file goes into a temporary sibling folder, which is
 * renamed into place only when complete, so a failure never leaves half a snapshot. An existing
 * release is immutable unless `force`.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { OutputFile } from '../../generators/types.js';
import { boltError } from '../errors/index.js';

/** The outcome: written, or refused because the release exists. */
export type WriteResult = { written: true; replaced: boolean } | { written: false };

/** Writes `files` as the folder `dir`; refuses (written: false) when it exists and `force` is off. */
export async function writeSnapshot(dir: string, files: OutputFile[], force: boolean): Promise<WriteResult> {
  const exists = existsSync(dir);
  if (exists && !force) return { written: false };
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  try {
    for (const f of files) {
      const target = resolve(tmp, f.path);
      if (!target.startsWith(tmp + sep)) {
        throw boltError('OutputPathInvalid', { path: f.path, generator: 'bolt snapshot', expected: 'a path inside the snapshot folder' });
      }
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, f.contents, 'utf8');
    }
    if (exists) {
      const old = `${dir}.old-${process.pid}`;
      await rename(dir, old);
      await rename(tmp, dir);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(tmp, dir);
    }
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  return { written: true, replaced: exists };
}

/** The folder of release `release` under the output folder. */
export function snapshotDir(outDir: string, release: string): string {
  return join(outDir, 'snapshots', release);
}
