/**
 * Comparing what the generators produce with what the output folder holds: the one code path
 * behind `bolt build` (what to write and remove) and `bolt check` (what drifted).
 *
 * Ownership: a path is ours when a selected generator produces it, when the manifest says a
 * selected generator produced it, or when it lies inside a top-level folder that generated files
 * live in (`regions/`, `mcp/`) — except the build outputs of a generated project (what its
 * generated `.gitignore` names, see `ignored.ts`) that were never generated. Everything else under
 * the output folder (`snapshots/`, `docs/`) belongs to other commands and is never touched or
 * reported.
 */
import type { OutputFile } from '../../generators/types.js';
import { listFiles, readEntry } from './disk.js';
import { buildOutputTest } from './ignored.js';
import { type Manifest, parseManifest, renderManifest, sha256 } from './manifest.js';
import { MANIFEST_FILE } from './paths.js';

/** A generated file and the generator it came from. */
export interface GeneratedFile extends OutputFile {
  generator: string;
}

/** How a path in the output folder compares: `missing`, `changed` and `unexpected` are drift. */
export type FileStatus = 'unchanged' | 'missing' | 'changed' | 'unexpected';

/** One path's comparison. */
export interface FileState {
  /** Relative to the output folder. */
  path: string;
  status: FileStatus;
  /** The generator that produces (or produced) it; `manifest` for the manifest itself. */
  generator?: string | undefined;
  /** What the generators produce (absent for `unexpected`). */
  expected?: string | undefined;
  /** What is on disk (absent for `missing`; `undefined` also for a link or a folder). */
  actual?: string | undefined;
  /** The file on disk is not what the last build wrote (edited, or created by hand). */
  handEdited: boolean;
  /** It is a symbolic link or another non-file. */
  notAFile?: boolean | undefined;
}

/** The comparison of a whole output folder. */
export interface Plan {
  states: FileState[];
  /** The manifest after a build. */
  manifest: Manifest;
}

/**
 * Compares `files` (from the generators `selected`, out of `registered`) with the folder `outDir`.
 * Files recorded for a registered generator that was not selected are left as they are; files of a
 * generator that no longer exists are ours to remove.
 */
export async function planOutputs(outDir: string, files: GeneratedFile[], selected: string[], registered: string[]): Promise<Plan> {
  const manifestEntry = await readEntry(outDir, MANIFEST_FILE);
  const previous = parseManifest(manifestEntry.kind === 'file' ? manifestEntry.text : undefined);
  const isSelected = (generator: string): boolean => selected.includes(generator) || !registered.includes(generator);
  const expected = new Map(files.map((f) => [f.path, f]));
  const foreign = new Set(Object.keys(previous).filter((p) => !expected.has(p) && !isSelected(previous[p]!.generator)));

  const owned = new Set<string>([...expected.keys(), ...Object.keys(previous).filter((p) => !foreign.has(p))]);
  const folders = new Set([...expected.keys()].filter((p) => p.includes('/')).map((p) => p.split('/')[0]!));
  // A build output is skipped only when nothing generated (or recorded) lives there: those paths
  // are already in `owned`, so a stale generated file inside `dist/` would still be drift.
  const isBuildOutput = buildOutputTest(files);
  for (const folder of folders) for (const p of await listFiles(outDir, folder, isBuildOutput)) if (!foreign.has(p) && !/\.tmp$/.test(p)) owned.add(p);

  const states: FileState[] = [];
  const manifest: Manifest = Object.fromEntries([...foreign].map((p) => [p, previous[p]!]));
  for (const path of [...owned].sort()) {
    const want = expected.get(path);
    const disk = await readEntry(outDir, path);
    const actual = disk.kind === 'file' ? disk.text : undefined;
    const recorded = previous[path];
    const wantHash = want ? sha256(want.contents) : undefined;
    // An unchanged file's hash is the generated text's: hash the text once, not twice.
    const actualHash = actual === undefined ? undefined : actual === want?.contents ? wantHash : sha256(actual);
    const handEdited = disk.kind !== 'missing' && (actual === undefined || recorded === undefined || recorded.sha256 !== actualHash);
    if (want) manifest[path] = { generator: want.generator, sha256: wantHash! };
    if (disk.kind === 'missing' && !want) continue;
    const status: FileStatus = !want ? 'unexpected' : disk.kind === 'missing' ? 'missing' : actual === want.contents ? 'unchanged' : 'changed';
    states.push({
      path,
      status,
      generator: want?.generator ?? recorded?.generator,
      expected: want?.contents,
      actual,
      handEdited: status !== 'unchanged' && handEdited,
      ...(disk.kind === 'symlink' || disk.kind === 'other' ? { notAFile: true } : {}),
    });
  }
  const manifestText = renderManifest(manifest);
  const manifestActual = manifestEntry.kind === 'file' ? manifestEntry.text : undefined;
  states.push({
    path: MANIFEST_FILE,
    status: manifestEntry.kind === 'missing' ? 'missing' : manifestActual === manifestText ? 'unchanged' : 'changed',
    generator: 'manifest',
    expected: manifestText,
    actual: manifestActual,
    handEdited: false,
    ...(manifestEntry.kind === 'symlink' || manifestEntry.kind === 'other' ? { notAFile: true } : {}),
  });
  return { states, manifest };
}

