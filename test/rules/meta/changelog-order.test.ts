import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/rules/lib/model.js';
import { findings, loc, ruleTester, spec } from '../tester.js';

const changelog = (...entries: string[]) => spec('## Change Log', '', ...entries.flatMap((e) => [`### ${e}`, '- ✅ Something', '']));
const bad = changelog('**v1.2.0** (2025-03-01)', '**v1.0.0** (2025-01-01)', '**v1.1.0** (2025-02-01)', '**v1.1.0** (2025-02-01)', '**v1.0.5** (2025-02-15)');

ruleTester('meta/changelog-order', {
  valid: [
    { spec: changelog('**v1.10.0** (2025-03-01)', '**v1.9.0** (2025-02-01)', '**v1.0.0** (2025-01-01)') },
    { name: 'a release after its pre-releases (semver: 3.4.1 > 3.4.1-rc.2 > 3.4.1-rc.1 > 3.4.1-beta)', spec: changelog('**v3.4.1** (2026-03-02)', '**v3.4.1-rc.2** (2026-02-28)', '**v3.4.1-rc.1** (2026-02-20)', '**v3.4.1-beta** (2026-02-10)', '**v3.4.0** (2026-01-05)') },
    { name: 'oldest first throughout', spec: changelog('**v1.0.0** (2025-01-01)', '**v1.9.0** (2025-02-01)', '**v1.10.0** (2025-03-01)') },
  ],
  invalid: [
    {
      spec: bad,
      errors: [
        { ...loc(bad, '### **v1.1.0**'), message: /entry `1.1.0` after `1.0.0`/ },
        { ...loc(bad, '### **v1.1.0**', 2), message: /second entry for `1.1.0`/ },
        { ...loc(bad, '### **v1.0.5**'), message: /date `2025-02-15` of `1.0.5`/ },
      ],
    },
  ],
});

describe('compareVersions (semver precedence)', () => {
  it.each([
    ['1.10.0', '1.9.0', 1],
    ['v2.0.0', '2.0', 0],
    ['3.4.1', '3.4.1-rc.2', 1],
    ['3.4.1-rc.2', '3.4.1-rc.10', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta', -1],
    ['1.0.0-beta.11', '1.0.0-rc.1', -1],
    ['1.0.0+build.5', '1.0.0', 0],
  ])('%s vs %s', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });

  it('makes the release the newest entry for version- and date-mismatch (no finding on a release above its candidates)', () => {
    const text = spec('**Version:** 3.4.1', '**Date:** 2026-03-02', '', '## Change Log', '', '### **v3.4.1** (2026-03-02)', '- x', '', '### **v3.4.1-rc.2** (2026-02-28)', '- y', '');
    expect(findings('meta/version-mismatch', { spec: text })).toEqual([]);
    expect(findings('meta/date-mismatch', { spec: text })).toEqual([]);
  });
});
