import { inventory, loc, routing, ruleTester, spec } from '../tester.js';

const inv = inventory([['`admin`', '`admin:1`', '9000', 'Admin', '✅ Running'], ['`web`', '`web:1`', '8080', 'Web', '✅ Running']]);
const lines = ['admin.example.com → Caddy → admin:9000', 'www.example.com → Caddy → web:8080'];
const carried = 'admin.example.com {\n\t@outside not remote_ip private_ranges\n\trespond @outside 403\n\treverse_proxy admin:9000\n}\n\nwww.example.com {\n\treverse_proxy web:8080\n}';
// The restriction lives only in a catch-all: the generated `admin.example.com {` would bypass it.
const catchAll = spec(inv, routing(lines, ':443 {\n\t@outside not remote_ip private_ranges\n\trespond @outside 403\n\treverse_proxy admin:9000\n}\n\nwww.example.com {\n\treverse_proxy web:8080\n}'));
const snippetCatchAll = spec(
  inv,
  routing(lines, '(internal) {\n\thandle @outside {\n\t\tabort\n\t}\n}\n\nhttp:// {\n\t@outside not remote_ip private_ranges\n\timport internal\n}\n\nwww.example.com {\n\treverse_proxy web:8080\n}'),
);
const docs = spec(inv, routing(lines, carried.replace('admin.example.com {', 'admin.example.com {\n\tbasicauth {\n\t\tops JDJhJDE0\n\t}')));

ruleTester('routing/access-widened', {
  valid: [
    { name: 'every restricted host has its own site: the generator carries it', spec: spec(inv, routing(lines, carried)) },
    { name: 'a catch-all that does not restrict', spec: spec(inv, routing(lines, ':80 {\n\trespond "hello" 200\n}\n\nwww.example.com {\n\treverse_proxy web:8080\n}')) },
    { name: 'a catch-all restriction for a host that has its own site', spec: spec(inv, routing(lines, `${carried}\n\n:8443 {\n\tabort\n}`)) },
    { name: 'a planned route is not generated', spec: spec(inv, routing(['admin.example.com → Caddy → admin:9000 (planned)'], ':443 {\n\trespond 403\n}')) },
    { name: 'docs served on a host without a restriction', spec: spec(inv, routing(lines, carried)), config: { docs: { serve: { host: 'www.example.com' } } } },
    { name: 'no Caddyfile block', spec: spec(inv, routing(lines)) },
  ],
  invalid: [
    {
      name: 'restricted only by a catch-all site',
      spec: catchAll,
      errors: [{ ...loc(catchAll, 'respond @outside 403'), message: /public site `admin.example.com`.*catch-all site `:443` \(`respond @outside 403`\)/ }],
    },
    {
      name: 'the catch-all restricts through an imported snippet',
      spec: snippetCatchAll,
      errors: [{ ...loc(snippetCatchAll, 'abort'), message: /catch-all site `http:\/\/` \(`abort`\)/ }],
    },
    {
      name: 'docs served on a restricted host',
      spec: docs,
      config: { docs: { serve: { host: 'admin.example.com' } } },
      errors: [{ ...loc(docs, 'basicauth {'), message: /docs site `admin.example.com\/docs\/` outside the restriction `basicauth`/ }],
    },
  ],
});
