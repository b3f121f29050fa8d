import { inventory, loc, routing, ruleTester, spec } from '../tester.js';

const inv = inventory([['`api`', '`api:1`', '8001→8000', 'API', '✅ Running']]);
const bad = spec(inv, routing(['api.example.com → Caddy → apii:8000', 'www.example.com → Caddy → web.example.net'], 'api.example.com {\n    reverse_proxy app:8000\n}\nwww.example.com {\n    reverse_proxy localhost:3000\n}'));

ruleTester('routing/unknown-upstream', {
  valid: [
    { spec: spec(inv, routing(['api.example.com → Caddy → api:8000', 'www.example.com → Caddy → web.example.net'], 'api.example.com {\n    reverse_proxy api:8000\n}')) },
    { name: 'loopback targets, IPv6 too', spec: spec(inv, routing(['v6.example.com → Caddy → [::1]:7000', 'lo.example.com → Caddy → 127.0.0.1:8080'], 'v6.example.com {\n    reverse_proxy [::1]:7000\n}')) },
  ],
  invalid: [
    {
      name: 'route and reverse_proxy',
      spec: bad,
      errors: [
        { ...loc(bad, 'apii:8000'), message: /upstream `apii` for `api.example.com`/ },
        { ...loc(bad, 'app:8000'), message: /`reverse_proxy` upstream `app`/ },
      ],
    },
  ],
});
