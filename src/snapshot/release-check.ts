/**
 * Before a release is frozen, the spec must say that release: the header `**Version:**`, the API
 * section's `**Version:**`, `os.version` in versions.lock and the newest Change Log entry. A
 * snapshot of 1.3.0 taken from a spec that still says 1.2.0 would freeze 1.2.0's API version,
 * lock and date under the wrong name (issue 18.4), so `bolt snapshot` refuses unless `--force`.
 *
 * The places are the ones `meta/version-mismatch` compares; this module compares each with the
 * requested release instead of with the header, and says where each one is written.
 */
import type { LoadedSpecs } from '../load/index.js';
import type { Pos } from '../model/schema.js';
import { newestEntry } from '../rules/lib/changelog.js';
import { fieldPos, normalizeVersion } from '../rules/lib/model.js';

/** One place that does not say the release: what it is, what it says, where, and what to write. */
export interface ReleaseMismatch {
  /** `document version`, `API version`, `lock version`, `newest Change Log entry`. */
  what: string;
  /** What it says now; undefined when the spec does not say it at all. */
  found?: string | undefined;
  /** `specs/os.md:2:14`, or the file alone when no position is known. */
  where: string;
  /** What to change, as an instruction. */
  bump: string;
}

const at = (pos: Pos | undefined, file: string): string => (pos ? `${pos.file}:${pos.line}:${pos.column}` : file);

/**
 * The places that do not say `release` (empty when all agree). A missing header version or a
 * missing changelog entry counts (the release is then not written down); an API section without a
 * `**Version:**`, or a lock without `os:`, says nothing and is not asked to.
 */
export function releaseMismatches(loaded: LoadedSpecs, release: string): ReleaseMismatch[] {
  const { header, api, changelog, files } = loaded.model;
  const specFile = files[0] ?? 'specs/os.md';
  const want = normalizeVersion(release);
  const same = (v: string) => normalizeVersion(v) === want;
  const out: ReleaseMismatch[] = [];

  if (header?.version === undefined) {
    out.push({ what: 'document version', where: at(header?.pos, specFile), bump: `add \`**Version:** ${release}\` to the header` });
  } else if (!same(header.version)) {
    out.push({ what: 'document version', found: header.version, where: at(fieldPos(header.fields, 'Version', header.pos), specFile), bump: `set the header's \`**Version:**\` to \`${release}\`` });
  }
  if (api?.version !== undefined && !same(api.version)) {
    out.push({ what: 'API version', found: api.version, where: at(api.versionPos ?? api.pos, specFile), bump: `set the API section's \`**Version:**\` to \`${release}\`` });
  }
  const os = loaded.lock?.os;
  if (os && !same(os.version)) {
    out.push({ what: 'lock version', found: os.version, where: at(os.pos, loaded.lock!.file), bump: `set \`os.version\` in versions.lock to \`"${release}"\`` });
  }
  const newest = newestEntry(changelog);
  if (!newest || !same(newest.version)) {
    const entry = `\`### **v${release}** (YYYY-MM-DD)\``;
    out.push({
      what: 'newest Change Log entry',
      found: newest?.version,
      where: at(newest?.pos, specFile),
      bump: changelog.some((e) => same(e.version)) ? `${entry} is not the newest entry` : `add a ${entry} entry above the others`,
    });
  }
  return out;
}

/** One line per mismatch: `specs/os.md:2:14: Unexpected document version `1.2.0`, expected `1.3.0` — set …`. */
export function formatReleaseMismatches(mismatches: readonly ReleaseMismatch[], release: string): string[] {
  return mismatches.map((m) => {
    const found = m.found === undefined ? `Missing ${m.what}` : `Unexpected ${m.what} \`${m.found}\``;
    return `${m.where}: ${found}, expected \`${release}\`: ${m.bump}`;
  });
}

/**
 * The hint under a refusal. The Change Log entry needs its items written by hand; the API version
 * and the lock follow the header with `bolt validate --fix` (the fix of `meta/version-mismatch`,
 * whose reference is the header's version).
 */
export function releaseHint(release: string): string {
  return `write the \`v${release}\` Change Log entry and set the header's \`**Version:**\` to \`${release}\`; \`bolt validate --fix\` then aligns the API version and versions.lock with the header (or bump them by hand). Or pass --force to snapshot anyway`;
}
