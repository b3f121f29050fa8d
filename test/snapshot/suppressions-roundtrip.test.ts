/**
 * Inline suppressions survive the os.md round trip: parse(render(model)) == model with its
 * suppression comments, each written back before the line it stood before, and they suppress the
 * same findings in the rendered spec as in the original.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSpec } from '../../generators/os-md/render.js';
import { extractSpecs } from '../../src/load/index.js';
import { parseLock } from '../../src/lock/read.js';
import { validate } from '../../src/rules/validate.js';
import { comparable } from '../../src/snapshot/positions.js';

const ROOT = join(import.meta.dirname, '../..');
const SEED = readFileSync(join(ROOT, 'specs/os.md'), 'utf8');
const LOCK = parseLock('specs/versions.lock', readFileSync(join(ROOT, 'specs/versions.lock'), 'utf8'));

const withComments = SEED.replace('**Date:** 2025-11-23', '<!-- bolt-disable-next-line meta/date-mismatch -- dated by the release script -->\n**Date:** 2025-11-23')
  .replace('| Container | Image | Port(s) | Purpose | Status |\n|-----------|-------|---------|---------|--------|\n| `smartapi`', '<!-- bolt-disable inventory/unpinned-image -- built and tagged by CI -->\n| Container | Image | Port(s) | Purpose | Status |\n|-----------|-------|---------|---------|--------|\n| `smartapi`')
  .replace('| `vault` | `vault:1.15` | 8200 | Secret management | 🟡 Planned |\n', '| `vault` | `vault:1.15` | 8200 | Secret management | 🟡 Planned |\n<!-- bolt-enable inventory/unpinned-image -->\n')
  .replace('Returns auto-generated tool catalog', '<!-- bolt-disable-next-line api/tool-count-mismatch -- counted by hand -->\nReturns auto-generated tool catalog');

const findings = (text: string, file: string) => {
  const { model, issues } = extractSpecs([{ file, text }]);
  return validate({ cwd: '/', model, lock: LOCK, issues, sources: { [file]: text } }).diagnostics.map((d) => `${d.ruleId} ${d.message}`);
};

describe('suppressions in the os.md round trip', () => {
  it('reads four comments, renders them back, and reads the same model again', () => {
    expect(withComments).not.toBe(SEED);
    const { model, issues } = extractSpecs([{ file: 'specs/os.md', text: withComments }]);
    expect(issues).toEqual([]);
    expect(model.suppressions?.map((s) => `${s.kind} ${s.rules.join(',')} -- ${s.reason ?? ''}`)).toEqual([
      'disable-next-line meta/date-mismatch -- dated by the release script',
      'disable inventory/unpinned-image -- built and tagged by CI',
      'enable inventory/unpinned-image -- ',
      'disable-next-line api/tool-count-mismatch -- counted by hand',
    ]);
    const text = renderSpec(model);
    expect(text).toContain('<!-- bolt-disable inventory/unpinned-image -- built and tagged by CI -->\n| Container |');
    expect(text).toContain('<!-- bolt-disable-next-line api/tool-count-mismatch -- counted by hand -->\nReturns auto-generated');
    const back = extractSpecs([{ file: 'out/os.md', text }]);
    expect(back.issues).toEqual([]);
    expect(comparable(back.model)).toEqual(comparable(model));
    expect(renderSpec(back.model)).toBe(text);
  });

  it('suppresses the same findings before and after the round trip', () => {
    const before = findings(withComments, 'specs/os.md');
    const { model } = extractSpecs([{ file: 'specs/os.md', text: withComments }]);
    expect(findings(renderSpec(model), 'out/os.md')).toEqual(before);
    // the date comment covers a line without that finding: reported as unused; the rest suppress
    expect(before.filter((f) => f.startsWith('suppress/'))).toEqual([expect.stringMatching(/^suppress\/unused .*`meta\/date-mismatch`/)]);
    expect(before.filter((f) => f.startsWith('inventory/unpinned-image'))).toEqual([]);
    expect(before.filter((f) => f.startsWith('api/tool-count-mismatch'))).toHaveLength(3);
  });
});
