/**
 * `manifest.json` of a release snapshot: the release, its date, the Bolt Lab version, the source
 * commit, a sha256 per file, and (with `--live`) what was measured and when. Keys are sorted so
 * that the same snapshot always serialises to the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

/** Where the inputs came from: the commit, and whether the spec inputs differ from it. */
export interface SourceInfo {
  commit?: string | undefined;
  dirty?: boolean | undefined;
}

/** What `--live` measured. */
export interface LiveRecord {
  measuredAt: string;
  summary: Record<string, number>;
  checks: { kind: string; target: string; ok: boolean; detail: string }[];
  statusChanges: { container: string; from: string; to: string }[];
}

/** The manifest's shape. */
export interface Manifest {
  release: string;
  date?: string | undefined;
  boltLab: string;
  source: SourceInfo;
  files: Record<string, string>;
  live?: LiveRecord | undefined;
}

/** `sha256:<hex>` of a text (UTF-8). */
export function sha256(text: string | Buffer): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** JSON with object keys sorted at every level, two-space indented, ending in a newline. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => [k, sort(x)]),
    );
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined; // not a repository, or no git: the manifest simply has no commit
  }
}

/** The commit of the repository holding `cwd`, and whether `inputs` (spec files, lock) have uncommitted changes. */
export function sourceInfo(cwd: string, inputs: string[]): SourceInfo {
  const commit = git(cwd, ['rev-parse', 'HEAD']);
  if (commit === undefined) return {};
  const status = git(cwd, ['status', '--porcelain', '--', ...inputs]);
  return { commit, dirty: status !== undefined && status !== '' };
}

/** The manifest of a set of files. */
export function buildManifest(fields: Omit<Manifest, 'files'>, files: { path: string; contents: string }[]): string {
  const hashes = Object.fromEntries(files.map((f) => [f.path, sha256(f.contents)]));
  return stableJson({ ...fields, files: hashes });
}
