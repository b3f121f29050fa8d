import { inventory, loc, routing, ruleTester, spec } from '../tester.js';

const inv = inventory([['`api`', '`api:1`', '8000', 'API', '✅ Running']]);
const bad = spec(inv, routing(['api.example.com → Caddy → api:8000', 'API.example.com → Caddy → api:8000'], 'api.example.com {\n    reverse_proxy api:8000\n}\napi.example.com {\n    reverse_proxy api:8000\n}'));

ruleTester('routing/duplicate-host', {
  valid: [{ spec: spec(inv, routing(['api.example.com → Caddy → api:8000', 'www.example.com → Caddy → api:8000'])) }],
  invalid: [
    {
      spec: bad,
      errors: [
        { ...loc(bad, 'API.example.com'), message: /second route for `API.example.com`/ },
        { ...loc(bad, 'api.example.com {', 2), message: /second Caddyfile site/ },
      ],
    },
  ],
});
