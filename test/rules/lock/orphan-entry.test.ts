import { inventory, ruleTester, spec } from '../tester.js';

const text = spec(inventory([['`db`', '`postgres:15`', '5432', 'DB', '✅ Running']]));

ruleTester('lock/orphan-entry', {
  valid: [{ spec: text, lock: 'schema: 1\nimages:\n  db: { image: postgres, tag: "15" }\n' }],
  invalid: [
    {
      spec: text,
      lock: 'schema: 1\nimages:\n  db: { image: postgres, tag: "15" }\n  mongo: { image: mongo, tag: "7" }\n',
      errors: [{ file: 'specs/versions.lock', line: 4, column: 3, message: /pin `mongo`/ }],
    },
  ],
});
