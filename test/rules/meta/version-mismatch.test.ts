import { api, loc, ruleTester, spec } from '../tester.js';

const changelog = (...entries: string[]) => ['## Change Log', '', ...entries.flatMap((e) => [`### ${e}`, '- ✅ Something', '']), ''].join('\n');
const lock = (v: string) => `schema: 1\nos: { name: Acme, version: "${v}" }\nimages: {}\n`;
const bad = spec(api({ core: ['/'] }, undefined, '1.1.0'), changelog('**v0.9.0** (2025-01-01)'));

ruleTester('meta/version-mismatch', {
  valid: [{ spec: spec(api({ core: ['/'] }, undefined, '1.0.0'), changelog('**v1.0.0** (2025-01-01)', '**v0.9.0** (2024-12-01)')), lock: lock('1.0.0') }],
  invalid: [
    {
      spec: bad,
      lock: lock('1.0.1'),
      errors: [
        { ...loc(bad, '1.1.0'), message: /API version `1.1.0`, expected `1.0.0` as the document version says/ },
        { ...loc(bad, '### **v0.9.0**'), message: /newest Change Log version `0.9.0`/ },
        { file: 'specs/versions.lock', line: 2, column: 28, message: /`os.version` in versions.lock `1.0.1`/ },
      ],
    },
  ],
});
