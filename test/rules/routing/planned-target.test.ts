import { inventory, loc, routing, ruleTester, spec } from '../tester.js';

const inv = inventory([['`crm`', '`crm:1`', '3000', 'CRM', '🟡 Planned'], ['`lab`', '`lab:1`', '4000', 'Lab', '🔵 Pending'], ['`api`', '`api:1`', '8000', 'API', '✅ Running']]);
const bad = spec(inv, routing(['crm.example.com → Caddy → crm:3000', 'lab.example.com → Caddy → lab:4000']));

ruleTester('routing/planned-target', {
  valid: [{ spec: spec(inv, routing(['crm.example.com → Caddy → crm:3000 (planned)', 'api.example.com → Caddy → api:8000'])) }],
  invalid: [
    {
      spec: bad,
      errors: [
        { ...loc(bad, 'crm:3000'), message: /to planned container `crm`/ },
        { ...loc(bad, 'lab:4000'), message: /to pending container `lab`/ },
      ],
    },
  ],
});
