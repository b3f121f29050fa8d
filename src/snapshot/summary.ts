/**
 * The one-line summary of `bolt changes`, in the manner of `terraform plan`'s "Plan: 2 to add, 1 to
 * change, 1 to destroy" but per kind: `+2 services, ~1 route, -1 endpoint`. `+` added, `~`
 * changed, `-` removed; kinds in a fixed order, nouns singular for one.
 */

/** How many things of one kind were added, changed and removed. */
export interface KindCount {
  added: number;
  changed: number;
  removed: number;
}

/** The kinds `bolt changes` counts, in summary order, with their nouns. */
export const CHANGE_KINDS = [
  { key: 'services', one: 'service', many: 'services' },
  { key: 'images', one: 'image', many: 'images' },
  { key: 'lockPins', one: 'lock pin', many: 'lock pins' },
  { key: 'ports', one: 'port mapping', many: 'port mappings' },
  { key: 'status', one: 'status', many: 'statuses' },
  { key: 'routes', one: 'route', many: 'routes' },
  { key: 'endpoints', one: 'endpoint', many: 'endpoints' },
  { key: 'tools', one: 'tool', many: 'tools' },
  { key: 'secrets', one: 'secret key', many: 'secret keys' },
  { key: 'healthUrls', one: 'health URL', many: 'health URLs' },
  { key: 'regions', one: 'region', many: 'regions' },
  { key: 'requirements', one: 'requirement', many: 'requirements' },
] as const;

/** A kind's key in the JSON (`services`, `lockPins` …). */
export type ChangeKind = (typeof CHANGE_KINDS)[number]['key'];

/** Totals, the count per kind, and the line (`no changes` when there are none). */
export interface ChangeSummary {
  added: number;
  changed: number;
  removed: number;
  kinds: Record<ChangeKind, KindCount>;
  line: string;
}

/** Totals and the line for `kinds`. */
export function summarize(kinds: Record<ChangeKind, KindCount>): ChangeSummary {
  const parts: string[] = [];
  for (const { key, one, many } of CHANGE_KINDS) {
    const k = kinds[key];
    for (const [sign, n] of [['+', k.added], ['~', k.changed], ['-', k.removed]] as const) if (n > 0) parts.push(`${sign}${n} ${n === 1 ? one : many}`);
  }
  const total = (f: keyof KindCount) => CHANGE_KINDS.reduce((sum, { key }) => sum + kinds[key][f], 0);
  return { added: total('added'), changed: total('changed'), removed: total('removed'), kinds, line: parts.length > 0 ? parts.join(', ') : 'no changes' };
}
