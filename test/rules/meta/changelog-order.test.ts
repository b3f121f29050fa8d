import { loc, ruleTester, spec } from '../tester.js';

const changelog = (...entries: string[]) => spec('## Change Log', '', ...entries.flatMap((e) => [`### ${e}`, '- ✅ Something', '']));
const bad = changelog('**v1.2.0** (2025-03-01)', '**v1.0.0** (2025-01-01)', '**v1.1.0** (2025-02-01)', '**v1.1.0** (2025-02-01)', '**v1.0.5** (2025-02-15)');

ruleTester('meta/changelog-order', {
  valid: [
    { spec: changelog('**v1.10.0** (2025-03-01)', '**v1.9.0** (2025-02-01)', '**v1.0.0** (2025-01-01)') },
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
