/**
 * versions.lock through the cache: parsing a large lock with YAML positions costs as much as the
 * spec sections, so an unchanged lock (same path, same text) is reused like an unchanged section.
 */
import { parseLock, readLockText } from './read.js';
import type { Lock } from '../model/schema.js';
import { type SectionCache, textKey } from '../parse/cache/store.js';

/** As `loadLock` (src/lock.ts), reusing the parsed lock when its text is unchanged. */
export async function loadLockCached(cwd: string, path: string, required: boolean, cache: SectionCache, overlay?: ReadonlyMap<string, string>): Promise<{ lock: Lock; text: string } | undefined> {
  const read = await readLockText(cwd, path, required, overlay);
  if (!read) return undefined;
  const { file, text } = read;
  const key = `lock-${textKey('lock', file, text)}`;
  const hit = cache.get(key) as Lock | undefined;
  if (hit) return { lock: hit, text };
  const lock = parseLock(file, text.replace(/^\ufeff/, ''));
  cache.set(key, lock);
  return { lock, text };
}
