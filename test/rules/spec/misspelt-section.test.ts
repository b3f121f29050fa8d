import { findings, loc, ruleTester, spec } from '../tester.js';
import { describe, expect, it } from 'vitest';

const table = ['| Container | Image | Port(s) | Purpose | Status |', '|---|---|---|---|---|', '| `metabase` | `metabase/metabase:v0.50.0` | 3000 | BI | ✅ Running |'];
const bad = spec('## 🐳 Container Inventroy', '', '### Production Services', '', ...table, '', '## Domain Routng', '', '```', 'bi.example.com → Caddy → metabase:3000', '```', '');

ruleTester('spec/misspelt-section', {
  valid: [{ spec: spec('## 🐳 Container Inventory', '', ...table, ''), name: 'the right title' }, { spec: spec('## Roadmap', '', 'text', ''), name: 'an unknown title far from any' }],
  invalid: [
    {
      spec: bad,
      errors: [
        { ...loc(bad, '## 🐳'), message: /Unexpected section `🐳 Container Inventroy`, expected `Container Inventory`/ },
        { ...loc(bad, '## Domain Routng'), message: /expected `Domain Routing`/ },
      ],
    },
  ],
});

describe('a misspelt section is one finding, not a cascade', () => {
  it('reads the section as the one it names: no missing section, no unknown upstream', () => {
    for (const rule of ['spec/unknown-section', 'routing/unknown-upstream']) expect(findings(rule, { spec: bad }), rule).toEqual([]);
    // Only the section this spec really lacks is missing.
    expect(findings('spec/missing-section', { spec: bad }).map((d) => d.message)).toEqual([expect.stringContaining('`API Endpoints`')]);
  });
});
