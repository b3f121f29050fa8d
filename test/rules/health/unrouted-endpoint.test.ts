import { inventory, loc, routing, ruleTester, spec } from '../tester.js';

const health = (...urls: string[]) => ['## Monitoring & Health', '', '### Health Check Endpoints', '', ...urls.map((u) => `- \`${u}\` - status`), ''].join('\n');
const base = [inventory([['`api`', '`api:1`', '8000', 'API', '✅ Running']]), routing(['api.example.com → Caddy → api:8000', 'crm.example.com → Caddy → api:8000 (planned)'], 'docs.example.com {\n    reverse_proxy api:8000\n}')];
const bad = spec(...base, health('https://api.example.com/health', 'https://status.example.com/health'));

ruleTester('health/unrouted-endpoint', {
  valid: [
    {
      name: 'routed, planned, Caddyfile-only, internal',
      spec: spec(...base, health('https://api.example.com/health', 'https://crm.example.com/health', 'https://docs.example.com/ping', 'http://localhost:8000/health', 'http://api:8000/health')),
    },
  ],
  invalid: [{ spec: bad, errors: [{ ...loc(bad, '- `https://status'), message: /`status.example.com`/ }] }],
});
