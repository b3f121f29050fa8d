import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSpecsCached } from '../../src/parse/cache/extract.js';
import { MemoryCache } from '../../src/parse/cache/store.js';
import { extractSpecs } from '../../src/load/index.js';
import { splitSections } from '../../src/parse/split.js';
// @ts-expect-error plain ESM module without types
import { synthSpec } from '../../bench/synth.mjs';

const seed = readFileSync(join(import.meta.dirname, '../../specs/os.md'), 'utf8');
type Files = { file: string; text: string }[];

/** The seed's H2 chunks spread over files: round-robin, so sections of one kind meet again later. */
function spread(text: string, n: number): Files {
  const chunks = splitSections('x', text);
  const files: Files = Array.from({ length: n }, (_, i) => ({ file: `specs/part-${i}.md`, text: '' }));
  chunks.forEach((c, i) => (files[i % n]!.text += c.text));
  return files;
}

/** Direct extraction, cold cached extraction and warm cached extraction give byte-identical JSON. */
function expectSame(files: Files): void {
  const direct = JSON.stringify(extractSpecs(files));
  const cache = new MemoryCache();
  const stats = { hits: 0, misses: 0 };
  expect(JSON.stringify(extractSpecsCached(files, cache, stats))).toBe(direct);
  expect(stats.hits).toBe(0);
  const warm = extractSpecsCached(files, cache, stats);
  expect(JSON.stringify(warm)).toBe(direct);
  expect(stats.hits).toBeGreaterThan(0);
  // Whatever a consumer does to a model must not reach the cached parts the next build reuses.
  warm.model.inventory?.tiers.forEach((t) => t.containers.reverse());
  warm.model.routing?.routes.splice(0);
  warm.model.header?.fields.splice(0);
  warm.model.secrets?.keys.splice(0);
  expect(JSON.stringify(extractSpecsCached(files, cache))).toBe(direct);
}

describe('per-section extraction + mergeModel', () => {
  it('gives the model of direct extraction on the seed', () => {
    expectSame([{ file: 'specs/os.md', text: seed }]);
  });

  it('gives the model of direct extraction on a synthetic spec', () => {
    expectSame([{ file: 'specs/os.md', text: synthSpec(150).spec }]);
  });

  it('gives the same model when sections repeat across files (second API, secrets, preamble)', () => {
    for (const n of [2, 3, 5]) expectSame(spread(seed, n));
    expectSame([
      { file: 'specs/a.md', text: seed },
      { file: 'specs/b.md', text: seed },
    ]);
  });

  it('keeps the first health list\'s qualifier when an earlier Monitoring section has none', () => {
    expectSame([
      { file: 'specs/a.md', text: '## Monitoring & Health\n\n### Expected Health Response (API)\n\n```json\n{ "status": "ok" }\n```\n' },
      { file: 'specs/b.md', text: '## Monitoring & Health\n\n### Health Checks (public)\n\n- `https://a.test/health` - A\n' },
    ]);
  });

  it('gives the same model on the multi-file fixture', () => {
    const dir = join(import.meta.dirname, '../fixtures/multi-file/specs');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => ({ file: `specs/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
    expectSame(files);
  });

  it('re-parses only the edited section', () => {
    const cache = new MemoryCache();
    const files = [{ file: 'specs/os.md', text: seed }];
    extractSpecsCached(files, cache);
    cache.sweep();
    const edited = [{ file: 'specs/os.md', text: seed.replace('| `redis` | `redis:7` |', '| `redis` | `redis:7.2` |') }];
    const stats = { hits: 0, misses: 0 };
    const { model } = extractSpecsCached(edited, cache, stats);
    expect(stats.misses).toBe(1);
    expect(stats.hits).toBe(splitSections('specs/os.md', seed).length - 1);
    expect(JSON.stringify(model)).toBe(JSON.stringify(extractSpecs(edited).model));
    cache.sweep();
    expect(cache.size).toBe(splitSections('specs/os.md', seed).length);
  });
});
