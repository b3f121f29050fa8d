import { loc, ruleTester, spec } from '../tester.js';

const bad = spec('## 🐳 Container Inventroy', '', 'text', '');

ruleTester('spec/unknown-section', {
  valid: [{ name: 'emoji and bold stripped', spec: spec('## 🐳 **Container Inventory**', '', '## Changelog', '') }],
  invalid: [{ spec: bad, errors: [{ ...loc(bad, '## 🐳'), message: /section `🐳 Container Inventroy`/ }] }],
});
