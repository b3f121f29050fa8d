/** The newest changelog entry: the highest version (not the first written, which `meta/changelog-order` checks). */
import type { ChangelogEntry } from '../../model/schema.js';
import { compareVersions } from './model.js';

/** The entry with the highest version, or undefined for an empty changelog. */
export function newestEntry(changelog: ChangelogEntry[]): ChangelogEntry | undefined {
  let newest: ChangelogEntry | undefined;
  for (const e of changelog) if (!newest || compareVersions(e.version, newest.version) > 0) newest = e;
  return newest;
}
