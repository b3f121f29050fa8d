/**
 * Merging one section's contribution into the model, so that sections can be extracted (and cached)
 * on their own: extracting section by section into fresh models and merging them in order gives the
 * model that extracting every section into one model gives.
 *
 * The merge never mutates `part`, nor an object it shares with `into` later: a cached part is
 * reused by the next build, so every object the merge appends to is copied first.
 */
import type { SpecModel } from '../../model/schema.js';

type ListKey = 'sections' | 'directories' | 'databases' | 'deployment' | 'backup' | 'maintenance' | 'requirements' | 'changelog' | 'pending' | 'support';
const LISTS: ListKey[] = ['sections', 'directories', 'databases', 'deployment', 'backup', 'maintenance', 'requirements', 'changelog', 'pending', 'support'];

/**
 * True when `part` cannot be merged as extracted on its own, because its extractor reads what the
 * sections before it left in the model: a second API section (reported, not merged), a second
 * secrets block (its first lines continue the previous `# Group`), or a preamble in a later file
 * (its `**Key:**` lines extend the first file's header). Such a chunk is extracted in place.
 */
export function needsContext(into: SpecModel, part: SpecModel, preamble: boolean): boolean {
  return (preamble && into.header !== undefined) || (!!part.api && !!into.api) || (!!part.secrets && !!into.secrets);
}

/** Appends `part` (one chunk extracted into an empty model) to `into`, as in-place extraction would. */
export function mergeModel(into: SpecModel, part: SpecModel): void {
  into.files.push(...part.files.filter((f) => !into.files.includes(f)));
  if (part.header && !into.header) into.header = part.header;
  for (const key of LISTS) if (part[key].length > 0) (into[key] as unknown[]).push(...part[key]);
  if (part.footer) into.footer = part.footer;
  if (part.suppressions && part.suppressions.length > 0) into.suppressions = [...(into.suppressions ?? []), ...part.suppressions];
  if (part.overview) {
    const o = part.overview;
    into.overview = into.overview ? { ...into.overview, intro: [...into.overview.intro, ...o.intro], stack: [...into.overview.stack, ...o.stack] } : { ...o, intro: [...o.intro], stack: [...o.stack] };
  }
  if (part.inventory) {
    into.inventory = { ...(into.inventory ?? part.inventory), tiers: [...(into.inventory?.tiers ?? []), ...part.inventory.tiers] };
  }
  if (part.routing) {
    const r = part.routing;
    const base = into.routing ?? r;
    into.routing = { ...base, groups: [...(into.routing?.groups ?? []), ...r.groups], routes: [...(into.routing?.routes ?? []), ...r.routes] };
    if (r.caddyfile) into.routing.caddyfile = r.caddyfile;
  }
  if (part.api && !into.api) into.api = part.api;
  if (part.secrets && !into.secrets) into.secrets = part.secrets;
  if (part.monitoring) into.monitoring = mergeMonitoring(into.monitoring, part.monitoring);
  if (part.mcp) {
    const m = part.mcp;
    into.mcp = { ...(into.mcp ?? m) };
    if (m.mount) into.mcp.mount = m.mount;
    if (m.toolCategories) into.mcp.toolCategories = m.toolCategories;
    if (m.usage) into.mcp.usage = m.usage;
  }
  if (part.regions) {
    const r = part.regions;
    const domains = [...(into.regions?.domains ?? [])];
    for (const d of r.domains) if (!domains.some((e) => e.domain === d.domain)) domains.push(d);
    into.regions = { ...(into.regions ?? r), groups: [...(into.regions?.groups ?? []), ...r.groups], domains };
  }
}

function mergeMonitoring(into: SpecModel['monitoring'], part: NonNullable<SpecModel['monitoring']>): NonNullable<SpecModel['monitoring']> {
  if (!into) {
    const copy = { ...part, healthUrls: [...part.healthUrls] };
    if (part.observability) copy.observability = { ...part.observability, items: [...part.observability.items] };
    return copy;
  }
  const merged = { ...into, healthUrls: [...into.healthUrls, ...part.healthUrls] };
  // The first health list's title and qualifier win, as in direct extraction.
  if (part.healthTitle !== undefined && merged.healthTitle === undefined) {
    merged.healthTitle = part.healthTitle;
    if (part.healthQualifier !== undefined) merged.healthQualifier = part.healthQualifier;
  }
  if (part.expectedHealth) merged.expectedHealth = part.expectedHealth;
  if (part.observability) {
    merged.observability = into.observability
      ? { ...into.observability, items: [...into.observability.items, ...part.observability.items] }
      : { ...part.observability, items: [...part.observability.items] };
  }
  return merged;
}
