import { inventory, ruleTester, spec } from '../tester.js';

const text = spec(inventory([['`db`', '`postgres:16`', '5432', 'DB', '✅ Running'], ['`web`', '`ghcr.io/acme/web:2.0`', '80', 'Web', '✅ Running']]));

ruleTester('lock/tag-mismatch', {
  valid: [{ spec: text, lock: 'schema: 1\nimages:\n  db: { image: postgres, tag: "16" }\n  web: { image: ghcr.io/acme/web, tag: "2.0" }\n' }],
  invalid: [
    {
      name: 'tag and image name',
      spec: text,
      lock: 'schema: 1\nimages:\n  db: { image: postgres, tag: "15" }\n  web: { image: acme/web, tag: "2.0" }\n',
      errors: [
        { file: 'specs/versions.lock', line: 3, column: 31, message: /pin `postgres:15` for `db`, expected `postgres:16`/ },
        { file: 'specs/versions.lock', line: 4, column: 17, message: /`acme\/web:2.0`/ },
      ],
    },
  ],
});
