/**
 * Assembles a release snapshot in memory: the stamped `os.md`, `versions.lock` as written, the
 * outputs of the compose, Caddyfile and registry generators for the stamped model, and the
 * manifest hashing them all. Writing is `writeSnapshot`'s job.
 */
import { GENERATORS } from '../../generators/index.js';
import { generatorInput } from '../pipeline/build.js';
import type { OutputFile } from '../../generators/types.js';
import type { BoltConfig } from '../config.js';
import type { LoadedSpecs } from '../load/index.js';
import { VERSION } from '../paths.js';
import { buildManifest, type LiveRecord, type SourceInfo } from './manifest.js';
import { renderSpec } from '../../generators/os-md/render.js';
import { releaseDate, stampRelease } from './stamp.js';

/** The generated files a snapshot freezes, and the generator that makes each. */
export const SNAPSHOT_OUTPUTS: { path: string; generator: string }[] = [
  { path: 'docker-compose.yml', generator: 'compose' },
  { path: 'Caddyfile', generator: 'caddyfile' },
  { path: 'registry.json', generator: 'registry' },
];

/** What to snapshot. */
export interface SnapshotInput {
  loaded: LoadedSpecs;
  config: BoltConfig;
  release: string;
  date?: string | undefined;
  source: SourceInfo;
  /** With `--live`: the model with measured statuses, and the record for the manifest. */
  live?: { model: LoadedSpecs['model']; record: LiveRecord } | undefined;
}

/** The snapshot's files (manifest last) and the warnings to print. */
export interface Snapshot {
  files: OutputFile[];
  warnings: string[];
}

/** Builds the snapshot's files. */
export function createSnapshot(input: SnapshotInput): Snapshot {
  const { loaded, release } = input;
  const when = releaseDate(loaded.model, release, input.date);
  const warnings = [...when.warnings];
  const model = stampRelease(input.live?.model ?? loaded.model, release, when.date, loaded.lock?.os?.name);
  const files: OutputFile[] = [{ path: 'os.md', contents: renderSpec(model) }];
  if (loaded.lock) files.push({ path: 'versions.lock', contents: loaded.sources[loaded.lock.file] ?? '' });
  else warnings.push('No versions.lock was read, so the snapshot has none; expected `specs/versions.lock` or `--lock FILE`');
  const generatorIn = generatorInput(loaded, input.config, model);
  for (const { path, generator } of SNAPSHOT_OUTPUTS) {
    const g = GENERATORS.find((x) => x.id === generator);
    const file = g?.generate(generatorIn).find((f) => f.path === path);
    if (file) files.push(file);
    else warnings.push(`The \`${generator}\` generator wrote no \`${path}\`, so the snapshot has none`);
  }
  const manifest = buildManifest({ release, date: when.date, boltLab: VERSION, source: input.source, live: input.live?.record }, files);
  files.push({ path: 'manifest.json', contents: manifest });
  return { files, warnings };
}
