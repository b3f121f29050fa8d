import { inventory, loc, routing, ruleTester, spec } from '../tester.js';

const bad = spec(inventory([['`api`', '`api:1`', '8000', 'API', '✅ Running']]), routing(['api.example.com → Caddy → api:8000', 'www.example.com  Caddy  api:8000']));

ruleTester('spec/unparsed', {
  valid: [{ spec: spec(routing(['api.example.com → Caddy → api:8000', 'old.example.com -> Caddy -> api:8000 (planned)'])) }],
  invalid: [{ spec: bad, errors: [{ ...loc(bad, 'www.example.com'), message: /routing line/ }] }],
});
