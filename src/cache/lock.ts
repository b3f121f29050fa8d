/**
 * versions.lock through the cache: parsing a large lock with YAML positions costs as much as the
 * spec sections, so an unchanged lock (same path, same text) is reused like an unchanged section.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BoltError } from '../errors.js';
import { parseLock } from '../lock.js';
import type { Lock } from '../model/schema.js';
import { displayPath } from '../parse/load.js';
import { type SectionCache, textKey } from './store.js';

/** As `loadLock` (src/lock.ts), reusing the parsed lock when its text is unchanged. */
export async function loadLockCached(cwd: string, path: string, required: boolean, cache: SectionCache): Promise<{ lock: Lock; text: string } | undefined> {
  const file = displayPath(cwd, path);
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return undefined;
    throw new BoltError(`Cannot read the lock file: ${(error as Error).message}`, { location: { file } });
  }
  const key = `lock-${textKey('lock', file, text)}`;
  const hit = cache.get(key) as Lock | undefined;
  if (hit) return { lock: hit, text };
  const lock = parseLock(file, text.replace(/^\ufeff/, ''));
  cache.set(key, lock);
  return { lock, text };
}
