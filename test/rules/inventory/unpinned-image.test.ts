import { inventory, loc, ruleTester, spec } from '../tester.js';

const bad = spec(inventory([['`web`', '`nginx:latest`', '80', 'Web', '✅ Running'], ['`db`', '`postgres`', '5432', 'DB', '🟡 Planned'], ['`ok`', '`redis:7`', '6379', 'Cache', '✅ Running']]));

ruleTester('inventory/unpinned-image', {
  valid: [
    { name: 'tags and digests', spec: spec(inventory([['`web`', '`nginx:1.27`', '80', 'Web', '✅ Running'], ['`db`', `\`postgres@sha256:${'a'.repeat(64)}\``, '5432', 'DB', '✅ Running']])) },
    { name: 'locally built', spec: spec(inventory([['`lab`', 'Custom (Python 3.12)', '-', 'Lab', '🔵 Pending']])) },
  ],
  invalid: [
    { name: 'latest and no tag', spec: bad, errors: [{ ...loc(bad, '`nginx:latest`'), message: /`latest`/ }, { ...loc(bad, '`postgres`'), message: /without a tag/ }] },
  ],
});
