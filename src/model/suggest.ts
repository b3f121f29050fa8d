/** "Did you mean": the nearest of a few known words, by edit distance (fastest-levenshtein). */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `word` when it is near enough to be a slip of the keyboard: at most
 * a third of the word's length in edits (at least one, at most `max`), and nearer than every
 * other candidate. Case is ignored.
 */
export function closest(word: string, candidates: Iterable<string>, max = 3): string | undefined {
  return nearest(word, candidates, Math.min(max, Math.max(1, Math.floor(word.length / 3))));
}

/** The candidate at most `limit` edits from `word` and nearer than every other one (case ignored). */
export function nearest(word: string, candidates: Iterable<string>, limit: number): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  let tie = false;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestD) [best, bestD, tie] = [c, d, false];
    else if (d === bestD && c !== best) tie = true;
  }
  return best !== undefined && bestD > 0 && bestD <= limit && !tie ? best : undefined;
}
