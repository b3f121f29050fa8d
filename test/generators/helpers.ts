/** Shared by the generator and build tests: load a fixture folder and run generators in memory. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { GeneratedFile } from '../../src/write/index.js';
import { generate } from '../../src/pipeline/build.js';
import { loadConfig } from '../../src/config.js';
import { loadSpecs } from '../../src/load/index.js';

/** The repository root (the seed's specs/ live there). */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Fixture cases: the seed and a second platform written for these tests. */
export const CASES: Record<string, string> = {
  seed: ROOT,
  acme: resolve(import.meta.dirname, 'fixtures/acme'),
  'docs-serve': resolve(import.meta.dirname, 'fixtures/docs-serve'),
};

/** The generators this suite owns (registry, mcp and os.md have their own tests). */
export const OWN = ['compose', 'caddyfile', 'env-example', 'regions'];

/** Generates `only` (default: ours) for the specs in `cwd`. */
export async function generateIn(cwd: string, only: string[] = OWN): Promise<GeneratedFile[]> {
  const loaded = await loadSpecs({ cwd });
  return generate(loaded, await loadConfig(cwd), { only });
}

/** A temporary copy of a case's `specs/` folder; remove it with `cleanup`. */
export async function tempSpecs(from: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'bolt-gen-'));
  await cp(join(from, 'specs'), join(dir, 'specs'), { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
