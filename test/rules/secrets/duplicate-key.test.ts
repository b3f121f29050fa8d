import { loc, ruleTester, spec } from '../tester.js';

const secrets = (...lines: string[]) => ['## Secrets Management', '', '### Environment Variables (`.env`)', '', '```bash', ...lines, '```', ''].join('\n');
const bad = spec(secrets('# Odoo', 'ODOO_API_KEY=***', '# Legacy', 'ODOO_API_KEY=***'));

ruleTester('secrets/duplicate-key', {
  valid: [{ spec: spec(secrets('# Odoo', 'ODOO_API_KEY=***', 'ODOO_URL=https://odoo.example.com')) }],
  invalid: [{ spec: bad, errors: [{ ...loc(bad, 'ODOO_API_KEY', 2), message: /second definition of `ODOO_API_KEY`/ }] }],
});
