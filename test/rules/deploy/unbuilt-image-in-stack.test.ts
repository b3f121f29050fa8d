import { inventory, loc, ruleTester, spec } from '../tester.js';

const rows = [
  ['`api`', '`Custom (Go 1.22)`', '8080', 'API', '✅ Running'],
  ['`db`', '`postgres:16`', '5432', 'DB', '✅ Running'],
  ['`next`', '`Custom (Node 20)`', '3000', 'Next app', '🟡 Planned'],
];
const text = spec(inventory(rows));

ruleTester('deploy/unbuilt-image-in-stack', {
  valid: [
    { name: 'compose target only (the default)', spec: text },
    { name: 'registry images', spec: spec(inventory([['`api`', '`registry.acme.io:5000/shop/api:2.4.1`', '8080', 'API', '✅ Running']])), config: { targets: ['compose', 'stack'] } },
  ],
  invalid: [{ name: 'one finding per running local build', spec: text, config: { targets: ['compose', 'stack'] }, errors: [{ ...loc(text, '`Custom (Go 1.22)`'), message: /locally built image `Custom \(Go 1.22\)` of `api`/ }] }],
});
