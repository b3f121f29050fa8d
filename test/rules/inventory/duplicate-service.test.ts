import { inventory, loc, ruleTester, spec } from '../tester.js';

const twoTiers = spec(
  inventory([['`cache`', '`redis:7`', '6379', 'Cache', '✅ Running']]),
  inventory([['`cache`', '`redis:7.2`', '6380', 'Queue', '✅ Running']], undefined, 'Development/Lab Services').replace('## Container Inventory\n', ''),
);

ruleTester('inventory/duplicate-service', {
  valid: [{ spec: spec(inventory([['`a`', '`redis:7`', '6379', 'A', '✅ Running'], ['`b`', '`redis:7`', '6380', 'B', '✅ Running']])) }],
  invalid: [
    { name: 'across tiers', spec: twoTiers, errors: [{ ...loc(twoTiers, '`cache`', 2), message: /duplicate container `cache`/ }] },
    {
      name: 'across files',
      spec: { 'specs/a.md': spec(inventory([['`x`', '`redis:7`', '1', 'X', '✅ Running']])), 'specs/b.md': inventory([['`x`', '`redis:7`', '2', 'X', '✅ Running']], undefined, 'Lab') },
      errors: [{ file: 'specs/b.md', line: 7, column: 3 }],
    },
  ],
});
