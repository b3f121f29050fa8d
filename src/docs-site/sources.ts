/**
 * The filesystem side of `bolt docs`: the packaged assets, and the release snapshots under
 * `out/snapshots/X.Y.Z/` (each an `os.md`, optionally a `versions.lock`) turned into site data.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, posix, resolve } from 'node:path';
import type { OutputFile } from '../../generators/types.js';
import { generatorInput } from '../pipeline/build.js';
import type { BoltConfig } from '../config.js';
import type { Lock } from '../model/schema.js';
import { extractSpecs, type LoadedSpecs } from '../load/index.js';
import { displayPath } from '../paths.js';
import { parseLock } from '../lock/read.js';
import { packagePath } from '../paths.js';
import { decodeSpec } from '../read/decode.js';
import type { Templates } from '../templates.js';
import { validate } from '../rules/validate.js';
import { serviceCatalog } from './catalog.js';
import type { SiteVersion } from './index.js';
import { toolCatalog } from './tools.js';
import type { SiteData } from './types.js';

/** The site's static files (`templates/docs/assets/*` and the search library), sorted by name. */
export async function loadDocsAssets(): Promise<OutputFile[]> {
  const dir = packagePath('templates', 'docs', 'assets');
  const names = (await readdir(dir)).sort();
  const own = await Promise.all(names.map(async (path) => ({ path, contents: await readFile(join(dir, path), 'utf8') })));
  return [...own, await searchLibrary()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * MiniSearch (https://lucaong.github.io/minisearch/), the client-side search library with fuzzy
 * and prefix matching, vendored into the site as `assets/minisearch.js` from the installed
 * package: its browser (UMD) build defines `window.MiniSearch`. The version is the one the lock
 * file pins, so the output stays deterministic; the source-map comment is dropped (the map is not
 * shipped) and a header names the version and licence.
 */
async function searchLibrary(): Promise<OutputFile> {
  // The package exports only its ES/CJS entries; the UMD build sits beside them in dist/.
  const entry = createRequire(import.meta.url).resolve('minisearch');
  const pkgDir = resolve(dirname(entry), '..', '..');
  const version = (JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const code = (await readFile(join(pkgDir, 'dist', 'umd', 'index.js'), 'utf8')).replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return { path: 'minisearch.js', contents: `/*! MiniSearch ${version} | MIT License | Copyright 2022 Luca Ongaro | vendored by Bolt Lab */\n${code}` };
}

/** Site data for a model: validation findings, the tool catalogue, the service catalogue. */
export function siteData(input: LoadedSpecs, config: BoltConfig, templates: Templates): SiteData {
  const { diagnostics } = validate(input, config);
  return {
    model: input.model,
    lock: input.lock,
    tools: toolCatalog({ ...generatorInput(input, config), templates }),
    diagnostics,
    services: serviceCatalog(input.model, input.lock),
  };
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** Newest first. */
export function compareVersionsDesc(a: string, b: string): number {
  const pa = SEMVER.exec(a)!.slice(1).map(Number);
  const pb = SEMVER.exec(b)!.slice(1).map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pb[i]! - pa[i]!;
  return 0;
}

/** Every `snapshots/X.Y.Z/os.md` under `snapshotsDir`, parsed and validated, newest first. */
export async function loadReleases(cwd: string, snapshotsDir: string, config: BoltConfig, templates: Templates): Promise<SiteVersion[]> {
  if (!existsSync(snapshotsDir)) return [];
  const ids = (await readdir(snapshotsDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && SEMVER.test(d.name) && existsSync(join(snapshotsDir, d.name, 'os.md')))
    .map((d) => d.name)
    .sort(compareVersionsDesc);
  return Promise.all(
    ids.map(async (id) => {
      const dir = join(snapshotsDir, id);
      const file = posix.normalize(displayPath(cwd, join(dir, 'os.md')));
      const text = decodeSpec(await readFile(join(dir, 'os.md')), file);
      const { model, issues } = extractSpecs([{ file, text }]);
      const sources: Record<string, string> = { [file]: text };
      let lock: Lock | undefined;
      const lockPath = join(dir, 'versions.lock');
      if (existsSync(lockPath)) {
        const lockFile = displayPath(cwd, lockPath);
        const lockText = (await readFile(lockPath, 'utf8')).replace(/^\ufeff/, '');
        lock = parseLock(lockFile, lockText);
        sources[lockFile] = lockText;
      }
      return { id, label: id, data: siteData({ cwd, model, lock, issues, sources }, config, templates) };
    }),
  );
}
