/**
 * Reading and writing inside the output folder without ever following a symbolic link: every
 * path component below the folder is checked with `lstat`, files are written to a temporary
 * sibling and renamed over the target (atomic on POSIX), and empty folders are pruned on removal.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { boltError, type BoltError } from '../errors/index.js';

/** What is at a path inside the output folder. */
export type DiskEntry = { kind: 'missing' } | { kind: 'file'; text: string } | { kind: 'symlink' } | { kind: 'other' };

async function lstatOrNull(path: string): Promise<Awaited<ReturnType<typeof lstat>> | null> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
}

/** The first symlink (or non-folder) among the components of `rel` below `root`, if any. */
async function blockedComponent(root: string, rel: string, includeLast: boolean): Promise<{ path: string; symlink: boolean } | undefined> {
  const parts = rel.split('/');
  const upto = includeLast ? parts.length : parts.length - 1;
  for (let i = 1; i <= upto; i++) {
    const path = join(root, ...parts.slice(0, i));
    const st = await lstatOrNull(path);
    if (!st) return undefined;
    if (st.isSymbolicLink()) return { path, symlink: true };
    if (i < parts.length && !st.isDirectory()) return { path, symlink: false };
  }
  return undefined;
}

/** Reads `rel` under `root` without following links. */
export async function readEntry(root: string, rel: string): Promise<DiskEntry> {
  const blocked = await blockedComponent(root, rel, true);
  if (blocked) return blocked.symlink ? { kind: 'symlink' } : { kind: 'other' };
  const st = await lstatOrNull(join(root, rel));
  if (!st) return { kind: 'missing' };
  if (!st.isFile()) return { kind: 'other' };
  return { kind: 'file', text: await readFile(join(root, rel), 'utf8') };
}

/** Throws (exit 2) when writing `rel` would go through a symlink or over a non-file. */
export async function assertWritable(root: string, rel: string, display: string): Promise<void> {
  const rootStat = await lstatOrNull(root);
  if (rootStat?.isSymbolicLink()) throw refusal(display, root, root);
  if (rootStat && !rootStat.isDirectory()) throw boltError('OutputNotFolder', {}, { location: { file: display } });
  const blocked = await blockedComponent(root, rel, true);
  if (blocked) throw blocked.symlink ? refusal(display, root, blocked.path) : boltError('OutputBlocked', { blocker: relative(root, blocked.path), path: rel }, { location: { file: display } });
  const st = await lstatOrNull(join(root, rel));
  if (st && !st.isFile()) throw boltError('OutputNotFile', { path: rel }, { location: { file: display } });
}

function refusal(display: string, root: string, link: string): BoltError {
  return boltError('OutputSymlink', { link: relative(root, link) || '.' }, { location: { file: display } });
}

/** Writes `text` to `rel` atomically: a temporary sibling, then a rename over the target. */
export async function writeAtomic(root: string, rel: string, text: string): Promise<void> {
  const target = join(root, rel);
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${rel.split('/').pop()}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Removes `rel` and the folders it leaves empty (never `root` itself). */
export async function removeFile(root: string, rel: string): Promise<void> {
  await unlink(join(root, rel)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  const parts = rel.split('/').slice(0, -1);
  while (parts.length > 0) {
    try {
      await rmdir(join(root, ...parts));
    } catch {
      return;
    }
    parts.pop();
  }
}

/**
 * Every regular file under `root/dir` (relative to `root`, sorted), symlinks reported as files,
 * `node_modules` skipped. `skip` gets each relative path (folders with a trailing `/`) and prunes
 * what it accepts, so a build folder is not walked at all.
 */
export async function listFiles(root: string, dir: string, skip: (rel: string) => boolean = () => false): Promise<string[]> {
  const st = await lstatOrNull(join(root, dir));
  if (!st || !st.isDirectory()) return [];
  const out: string[] = [];
  for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !skip(`${rel}/`)) out.push(...(await listFiles(root, rel, skip)));
    } else if (!skip(rel) && !(entry.isSymbolicLink() && skip(`${rel}/`))) out.push(rel); // a linked node_modules/ is a build folder too
  }
  return out.sort();
}
