import { loc, ruleTester, spec } from '../tester.js';

const bad = spec('## 🗺️ Roadmap', '', 'text', '');

ruleTester('spec/unknown-section', {
  valid: [
    { name: 'emoji and bold stripped', spec: spec('## 🐳 **Container Inventory**', '', '## Changelog', '') },
    { name: 'a misspelt known section is read as it (spec/misspelt-section)', spec: spec('## 🐳 Container Inventroy', '', '## Suport', '') },
  ],
  invalid: [{ spec: bad, errors: [{ ...loc(bad, '## 🗺️'), message: /section `🗺️ Roadmap`/ }] }],
});
