/** Shared by the generator and build tests: load a fixture folder and run generators in memory. */
import { readFileSync } from 'node:fs';
import { Ajv2019, type ValidateFunction } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
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

/** The Compose Specification schema Debian's docker-compose package ships. */
export const COMPOSE_SCHEMA = '/usr/lib/python3/dist-packages/compose/config/compose_spec.json';

/** A validator for `COMPOSE_SCHEMA` (which must exist). */
export function composeSchemaValidator(): ValidateFunction {
  // The file names its dialect as `…/draft/2019-09/schema#`; Ajv2019 is that dialect already.
  // It also keeps draft-04 `id` strings on subschemas, which Ajv rejects: they are labels only.
  const { $schema: _dialect, ...schema } = JSON.parse(readFileSync(COMPOSE_SCHEMA, 'utf8'), (key, value: unknown) =>
    key === 'id' && typeof value === 'string' ? undefined : value,
  ) as Record<string, unknown>;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  (addFormatsModule as unknown as (ajv: Ajv2019) => void)(ajv);
  // Compose durations are Go durations (`1m30s`), not ajv-formats' ISO 8601 ones (`PT1M30S`).
  ajv.addFormat('duration', /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/);
  return ajv.compile(schema);
}
