import { loc, ruleTester, spec } from '../tester.js';

const doc = (entryDate: string, updated: string) =>
  spec('## Change Log', '', `### **v1.0.0** (${entryDate})`, '- ✅ First', '', '---', '', `**Last Updated:** ${updated}  `, '**License:** MIT', '');
const bad = doc('2024-12-31', '2025-01-02');

ruleTester('meta/date-mismatch', {
  valid: [{ spec: doc('2025-01-01', '2025-01-01') }],
  invalid: [
    {
      spec: bad,
      errors: [
        { ...loc(bad, '2024-12-31'), message: /newest Change Log date `2024-12-31`, expected `2025-01-01`/ },
        { ...loc(bad, '2025-01-02'), message: /Last Updated date `2025-01-02`/ },
      ],
    },
  ],
});
