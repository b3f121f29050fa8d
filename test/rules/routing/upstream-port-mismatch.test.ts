import { inventory, loc, routing, ruleTester, spec } from '../tester.js';

const inv = inventory([['`api`', '`api:1`', '8001→8000', 'API', '✅ Running'], ['`lab`', 'Custom (Go)', '-', 'Lab', '🔵 Pending']]);
const bad = spec(inv, routing(['api.example.com → Caddy → api:8001', 'lab.example.com → Caddy → lab:9999 (planned)'], 'api.example.com {\n    reverse_proxy api:9000\n}'));

ruleTester('routing/upstream-port-mismatch', {
  valid: [{ name: 'container port; no ports listed', spec: spec(inv, routing(['api.example.com → Caddy → api:8000', 'lab.example.com → Caddy → lab:9999 (planned)'])) }],
  invalid: [
    {
      spec: bad,
      errors: [
        { ...loc(bad, 'api:8001'), message: /port `8001` for `api`, expected `8000`/ },
        { ...loc(bad, 'api:9000'), message: /port `9000`/ },
      ],
    },
  ],
});
