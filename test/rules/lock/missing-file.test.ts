import { inventory, loc, ruleTester, spec } from '../tester.js';

const text = spec(inventory([['`db`', '`postgres:15`', '5432', 'DB', '✅ Running']]));

ruleTester('lock/missing-file', {
  valid: [
    { spec: text, lock: 'schema: 1\nimages:\n  db: { image: postgres, tag: "15" }\n' },
    { name: 'only locally built images', spec: spec(inventory([['`lab`', 'Custom (Node 20)', '-', 'Lab', '🔵 Pending']])) },
  ],
  invalid: [{ spec: text, errors: [{ ...loc(text, '## Container Inventory'), message: /1 pulled images without a versions.lock/ }] }],
});
