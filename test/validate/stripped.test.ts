/** Rules re-run on models with every position stripped: no crash, and no fake 1:1 location. */
import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/load/index.js';
import { validate } from '../../src/rules/validate.js';

const root = new URL('../..', import.meta.url).pathname;

/** A deep copy without `pos`/`*Pos` keys. */
function strip<T>(value: T): T {
  if (Array.isArray(value)) return value.map(strip) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'pos' && !k.endsWith('Pos')).map(([k, v]) => [k, strip(v)])) as T;
  }
  return value;
}

describe('rules on a model without positions', () => {
  it.each(['.', 'test/fixtures/platform-portline-broken', 'test/fixtures/platform-portline-bare'])('%s: same findings, none located', async (dir) => {
    const loaded = await loadSpecs({ cwd: `${root}${dir}` });
    const located = validate(loaded, {});
    const stripped = validate({ ...loaded, model: strip(loaded.model), lock: strip(loaded.lock), issues: [] }, {});
    const fromModel = located.diagnostics.filter((d) => d.ruleId !== 'spec/unparsed' && d.ruleId !== 'encoding/mojibake');
    expect(stripped.diagnostics.map((d) => d.ruleId).sort()).toEqual(fromModel.map((d) => d.ruleId).sort());
    for (const d of stripped.diagnostics) {
      expect(d.line, d.ruleId).toBeUndefined();
      expect(d.column).toBeUndefined();
      expect(d.cause?.line).toBeUndefined();
    }
  });
});
