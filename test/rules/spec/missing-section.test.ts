import { api, inventory, routing, ruleTester, spec } from '../tester.js';

const inv = inventory([['`api`', '`api:1`', '8000', 'API', '✅ Running']]);

ruleTester('spec/missing-section', {
  valid: [
    { spec: spec(inv, routing(['api.example.com → Caddy → api:8000']), api({ core: ['/'] })) },
    { name: 'split over files', spec: { 'specs/a.md': spec(inv), 'specs/b.md': [routing(['api.example.com → Caddy → api:8000']), api({ core: ['/'] })].join('\n') } },
  ],
  invalid: [
    {
      spec: spec(inv, '## Routes', ''),
      errors: [
        { line: 1, column: 1, message: /`API Endpoints`/ },
        { line: 1, column: 1, message: /`Domain Routing`/ },
      ],
    },
  ],
});
