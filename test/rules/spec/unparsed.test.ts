import { inventory, loc, routing, ruleTester, spec } from '../tester.js';

const bad = spec(inventory([['`api`', '`api:1`', '8000', 'API', '✅ Running']]), routing(['api.example.com → Caddy → api:8000', 'www.example.com  Caddy  api:8000']));

ruleTester('spec/unparsed', {
  valid: [
    { spec: spec(routing(['api.example.com → Caddy → api:8000', 'old.example.com -> Caddy -> api:8000 (planned)'])) },
    { name: 'loopback and bracketed IPv6 targets', spec: spec(routing(['v6.example.com → Caddy → [::1]:7000', 'lo.example.com → 127.0.0.1:8080', 'fd.example.com → [fd00::5]:80'])) },
  ],
  invalid: [{ spec: bad, errors: [{ ...loc(bad, 'www.example.com'), message: /routing line/ }] }],
});
