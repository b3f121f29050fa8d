import { inventory, loc, routing, ruleTester, spec } from '../tester.js';

const inv = inventory([['`api`', '`api:1`', '8000', 'API', '✅ Running'], ['`crm`', '`crm:1`', '3000', 'CRM', '🟡 Planned']]);
const lines = ['example.com → Caddy → web.example.net (Astro)', 'api.example.com → Caddy → api:8000', 'crm.example.com → Caddy → crm:3000 (planned)'];
const good = 'example.com {\n    reverse_proxy web.example.net:443\n}\n\nhttps://api.example.com {\n    reverse_proxy api:8000\n}';
const bad = spec(inv, routing(lines, 'api.example.com {\n    reverse_proxy crm:3000\n}\n\nold.example.com {\n    reverse_proxy api:8000\n}'));
// A wrong port or a misspelt container is another rule's finding, reported once (issue 14).
const wrongPort = spec(inv, routing(lines, 'example.com {\n    reverse_proxy web.example.net:443\n}\n\napi.example.com {\n    reverse_proxy api:8080\n}'));

// A site with two addresses, one without a route: the generated Caddyfile leaves that one out (issue 15.4).
const shared = spec(inv, routing(lines, 'example.com {\n    reverse_proxy web.example.net:443\n}\n\napi.example.com, www.api.example.com {\n    reverse_proxy api:8000\n}'));
// Snippets, the global options block and catch-alls are not sites of a host; forward_auth is not an upstream of the route.
const grammar = spec(
  inv,
  routing(lines, '{\n\temail ops@example.com\n}\n\n(common) {\n\tencode gzip\n}\n\nexample.com {\n\timport common\n\treverse_proxy https://web.example.net\n}\n\napi.example.com {\n\tforward_auth api:8000 {\n\t\turi /auth\n\t}\n\treverse_proxy api:8000\n}\n\n:80 {\n\trespond "no" 404\n}'),
);

ruleTester('routing/caddyfile-drift', {
  valid: [
    { name: 'agreeing; planned route without a site', spec: spec(inv, routing(lines, good)) },
    { name: 'no Caddyfile block shown', spec: spec(inv, routing(lines)) },
    { name: 'a wrong port is routing/upstream-port-mismatch alone', spec: wrongPort },
    { name: 'global options, snippets, a catch-all and forward_auth are no drift', spec: grammar },
  ],
  invalid: [
    { name: 'one address of a shared site has no route', spec: shared, errors: [{ ...loc(shared, 'api.example.com, www'), message: /site `www.api.example.com`/ }] },
    {
      spec: bad,
      errors: [
        { ...loc(bad, 'example.com → Caddy'), message: /live route `example.com` without a Caddyfile site/ },
        { ...loc(bad, 'crm:3000', 2), message: /upstream `crm:3000` in site `api.example.com`, expected `api:8000`/ },
        { ...loc(bad, 'old.example.com {'), message: /site `old.example.com`/ },
      ],
    },
  ],
});
