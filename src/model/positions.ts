/**
 * Lookups by key that keep list order: the generators and rules ask "which entries have this key"
 * of long lists (2,000 services) many times, so they index once instead of scanning per question.
 */

/** Positions of the entries under each of their keys, ascending; an entry's repeated key counts once. */
export function positionsBy<T>(entries: readonly T[], keysOf: (e: T) => Iterable<string>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const key of keysOf(e)) {
      const at = index.get(key);
      if (!at) index.set(key, [i]);
      else if (at[at.length - 1] !== i) at.push(i);
    }
  });
  return index;
}

/** The entries at the positions of one or more lookups, each once, in list order. */
export function atPositions<T>(entries: readonly T[], ...found: (readonly number[] | undefined)[]): T[] {
  const lists = found.filter((f) => f !== undefined);
  if (lists.length === 1) return lists[0]!.map((i) => entries[i]!);
  return [...new Set(lists.flat())].sort((a, b) => a - b).map((i) => entries[i]!);
}
