import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATORS } from '../../generators/index.js';
import type { SpecModel } from '../../src/model/schema.js';
import { extractSpecs, loadSpecs } from '../../src/parse/load.js';
import { comparable } from '../../src/snapshot/positions.js';
import { renderSpec } from '../../src/snapshot/render.js';
import { createTemplates } from '../../src/templates.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const CASES = [
  { name: 'seed', cwd: join(import.meta.dirname, '../..'), expected: join(FIXTURES, 'seed/expected/os.md') },
  { name: 'acme', cwd: join(FIXTURES, 'acme'), expected: join(FIXTURES, 'acme/expected/os.md') },
  { name: 'multi-file', cwd: join(import.meta.dirname, '../fixtures/multi-file'), expected: join(FIXTURES, 'multi-file/expected/os.md') },
];

/** Every generator's files (or its error), for comparing two models output by output. */
function outputs(model: SpecModel, lock: Awaited<ReturnType<typeof loadSpecs>>['lock']): Record<string, string> {
  const templates = createTemplates();
  const out: Record<string, string> = {};
  for (const g of GENERATORS) {
    try {
      for (const f of g.generate({ model, lock, config: {}, templates })) out[f.path] = f.contents;
    } catch (error) {
      out[`error:${g.id}`] = (error as Error).message;
    }
  }
  return out;
}

describe.each(CASES)('os.md round trip: $name', ({ cwd, expected }) => {
  it('renders the canonical form, reads back as the same model, and renders again identically', async () => {
    const loaded = await loadSpecs({ cwd });
    const text = renderSpec(loaded.model);
    await expect(text).toMatchFileSnapshot(expected);
    const back = extractSpecs([{ file: 'out/os.md', text }]);
    expect(back.issues).toEqual([]);
    expect(comparable(back.model)).toEqual(comparable(loaded.model));
    expect(renderSpec(back.model)).toBe(text);
  });

  it('builds byte-identical outputs from out/os.md and from the specs', async () => {
    const loaded = await loadSpecs({ cwd });
    const back = extractSpecs([{ file: 'out/os.md', text: renderSpec(loaded.model) }]);
    const fromSpecs = outputs(loaded.model, loaded.lock);
    expect(Object.keys(fromSpecs)).toContain('os.md');
    // Outputs may name the files they came from ("generated from specs/os.md"): that provenance
    // is the one thing allowed to differ, so the snapshot's model takes the specs' file list.
    expect(outputs({ ...back.model, files: loaded.model.files }, loaded.lock)).toEqual(fromSpecs);
  });
});

describe('os.md and secrets', () => {
  it('never writes a literal secret value, only the placeholder', async () => {
    const loaded = await loadSpecs({ cwd: join(FIXTURES, 'acme') });
    const source = loaded.sources['specs/os.md']!;
    expect(source).toContain('NATS_PASSWORD=hunter2hunter2');
    const text = renderSpec(loaded.model);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('postgres://acme@db');
    expect(text).toContain('NATS_PASSWORD=***');
  });
});
