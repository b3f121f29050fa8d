import { inventory, loc, ruleTester, spec } from '../tester.js';

const external = ['## Database Schema', '', '### PostgreSQL (Odoo)', '', '- **Host:** `db.internal:5432`', '- **User:** `odoo`', ''].join('\n');
const secrets = (lines: string[]): string => ['## Secrets Management', '', '### Environment Variables (`.env.production`)', '', '```bash', ...lines, '```', ''].join('\n');
const odoo = [['`odoo`', '`odoo:19`', '8069', 'ERP', '✅ Running']];
const bad = spec(inventory(odoo), external);

ruleTester('deploy/added-env', {
  valid: [
    { name: 'the password key is listed', spec: spec(inventory(odoo), external, secrets(['# Database', 'DB_PASSWORD=***'])) },
    { name: 'a required key is deploy/missing-required-env, not this', spec: spec(inventory([['`db`', '`postgres:16`', '5432', 'DB', '✅ Running']])) },
    { name: 'no store names odoo and it needs none: not wired', spec: spec(inventory([['`n8n`', '`n8nio/n8n:1.75`', '5678', 'Flows', '✅ Running']]), external) },
  ],
  invalid: [{ name: 'odoo on an external PostgreSQL without a password key', spec: bad, errors: [{ ...loc(bad, '`odoo:19`'), message: /`odoo` reading `DB_PASSWORD`.*connects to `db.internal`/ }] }],
});
