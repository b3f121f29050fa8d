import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSpecs } from '../../src/load/index.js';
import { comparable } from '../../src/snapshot/positions.js';
import { renderSpec } from '../../generators/os-md/render.js';
import { specModel } from './arbitraries.js';

// FC_RUNS=2000 for a longer search; the default keeps CI quick.
const RUNS = Number(process.env.FC_RUNS ?? 150);
const parse = (text: string) => extractSpecs([{ file: 'out/os.md', text }]);

describe('os.md round trip over generated models', () => {
  it('parse(render(m)) equals m, positions aside, and reads without issues', () => {
    fc.assert(
      fc.property(specModel, (model) => {
        const { model: back, issues } = parse(renderSpec(model));
        expect(issues).toEqual([]);
        expect(comparable(back)).toEqual(comparable(model));
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('rendering is idempotent: render(parse(render(m))) === render(m)', () => {
    fc.assert(
      fc.property(specModel, (model) => {
        const text = renderSpec(model);
        expect(renderSpec(parse(text).model)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
