import { inventory, loc, ruleTester, spec } from '../tester.js';

const bad = spec(inventory([['`api`', '`api:1`', '8001→8000', 'API', '✅ Running'], ['`admin`', '`admin:1`', '9000, 8001:3000', 'Admin', '🟡 Planned']]));

ruleTester('inventory/host-port-conflict', {
  valid: [
    { name: 'tcp and udp', spec: spec(inventory([['`caddy`', '`caddy:2`', '443', 'Proxy', '✅ Running'], ['`quic`', '`q:1`', '443/udp', 'QUIC', '✅ Running']])) },
    { name: 'same container port, other host ports', spec: spec(inventory([['`a`', '`a:1`', '8001→8000', 'A', '✅ Running'], ['`b`', '`b:1`', '8002→8000', 'B', '✅ Running']])) },
  ],
  invalid: [{ spec: bad, errors: [{ ...loc(bad, '8001:3000'), message: /`8001\/tcp` on `admin`.*`api` does/ }] }],
});
