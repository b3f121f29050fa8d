import { inventory, loc, ruleTester, spec } from '../tester.js';

const text = spec(inventory([['`db`', '`postgres:15`', '5432', 'DB', '✅ Running'], ['`cache`', '`redis:7`', '6379', 'Cache', '✅ Running'], ['`lab`', 'Custom (Node 20)', '-', 'Lab', '🔵 Pending']]));
const lock = 'schema: 1\nimages:\n  db: { image: postgres, tag: "15" }\n';

ruleTester('lock/missing-entry', {
  valid: [
    { name: 'every pulled image pinned', spec: text, lock: `${lock}  cache: { image: redis, tag: "7" }\n` },
    { name: 'no lock at all (lock/missing-file reports it)', spec: text },
  ],
  invalid: [{ spec: text, lock, errors: [{ ...loc(text, '`redis:7`'), message: /`cache` without a pin in `specs\/versions.lock`/ }] }],
});
