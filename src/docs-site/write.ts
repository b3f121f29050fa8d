/**
 * Writes the site as a whole: into a temporary sibling folder first, then swapped into place with
 * renames, so a failure never leaves a half site and readers never see a mix of two builds. The
 * folder it replaces must be empty or an earlier `bolt docs` output (it carries a marker file),
 * so a mistyped `--out` cannot wipe someone's work.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { OutputFile } from '../../generators/types.js';
import { boltError, isBoltError } from '../errors/index.js';
import { displayPath } from '../paths.js';

/** Name of the marker file that identifies a folder written by `bolt docs`. */
export const MARKER = '.bolt-docs';

function checkPath(path: string): void {
  const parts = path.split('/');
  if (isAbsolute(path) || path.includes('\\') || parts.some((p) => p === '..' || p === '.' || p === '')) {
    throw boltError('OutputPathInvalid', { path, generator: 'bolt docs', expected: 'a relative path inside the output folder' });
  }
}

/** Throws unless `out` may be replaced: below `cwd`, and empty or an earlier `bolt docs` output. */
export async function checkReplaceable(cwd: string, out: string): Promise<void> {
  const rel = relative(out, cwd);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    throw boltError('OutputOutsideWorkDir', { dir: displayPath(cwd, out) }, { flag: '--out' });
  }
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw boltError('OutputNotFolder', {}, { location: { file: displayPath(cwd, out) } });
  const entries = await readdir(out);
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw boltError('DocsFolderForeign', {}, { location: { file: displayPath(cwd, out) } });
  }
}

/** Replaces folder `out` (absolute) with exactly `files`. */
export async function writeSite(cwd: string, out: string, files: OutputFile[]): Promise<void> {
  for (const f of files) checkPath(f.path);
  const target = resolve(out);
  await checkReplaceable(cwd, target);
  const stamp = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = `${target}.tmp-${stamp}`;
  const old = `${target}.old-${stamp}`;
  try {
    await mkdir(tmp, { recursive: true });
    for (const f of [...files, { path: MARKER, contents: 'Written by `bolt docs`; this folder is replaced on every run.\n' }]) {
      const path = join(tmp, f.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, f.contents, 'utf8');
    }
    const had = existsSync(target);
    if (had) await rename(target, old);
    await rename(tmp, target);
    if (had) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(old)) await rename(old, target);
    throw isBoltError(error) ? error : boltError('OutputWriteFailed', { reason: (error as Error).message }, { location: { file: displayPath(cwd, target) } });
  }
}
