import { loc, ruleTester, spec } from '../tester.js';

const bad = spec('## Domain Routing', '', '```', 'api.example.com â†’ Caddy â†’ api:8000', '```', '');

ruleTester('encoding/mojibake', {
  valid: [{ name: 'real arrows, accents and emoji', spec: spec('## Domain Routing', '', '```', 'api.example.com → Caddy → api:8000 (Señal ✅)', '```', '') }],
  invalid: [{ spec: bad, errors: [{ ...loc(bad, 'â†’'), message: /`â†’`, expected `→`/ }] }],
});
