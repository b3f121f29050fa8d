import { inventory, loc, ruleTester, spec } from '../tester.js';

const secrets = (lines: string[]): string => ['## Secrets Management', '', '### Environment Variables (`.env.production`)', '', '```bash', ...lines, '```', ''].join('\n');
const db = (user = 'app', clients = 'App'): string => ['## Database Schema', '', `### PostgreSQL (${clients})`, '', '- **Host:** `db:5432`', '- **Database:** `app`', `- **User:** \`${user}\``, ''].join('\n');
const rows = [['`db`', '`postgres:16`', '5432', 'DB', '✅ Running'], ['`chat`', '`chatwoot/chatwoot:v4.1.0`', '3000', 'Chat', '🟡 Planned']];
const bad = spec(inventory(rows), db());
const accounting = spec(inventory(rows.slice(0, 1)), db(), secrets(['# Reporting replica (external)', 'ACCOUNTING_DB_PASSWORD=***']));

ruleTester('deploy/missing-required-env', {
  valid: [
    { name: 'the password in the secrets block', spec: spec(inventory(rows.slice(0, 1)), db(), secrets(['# Database', 'POSTGRES_PASSWORD=***'])) },
    { name: 'the *_FILE alternative counts', spec: spec(inventory(rows.slice(0, 1)), secrets(['# Database', 'POSTGRES_PASSWORD_FILE=/run/secrets/pg'])) },
    { name: 'a usual password name counts for the server', spec: spec(inventory(rows.slice(0, 1)), db(), secrets(['# Database', 'DB_PASSWORD=***'])) },
    { name: 'a password key with its client\'s prefix counts (ODOO_DB_PASSWORD, the store names Odoo)', spec: spec(inventory(rows.slice(0, 1)), db('app', 'Odoo'), secrets(['# Odoo', 'ODOO_DB_PASSWORD=${ODOO_DB_PASSWORD}'])) },
    {
      name: 'a password key with the prefix of a container wired to the store counts (erp runs odoo: ODOO_DB_PASSWORD)',
      spec: spec(inventory([rows[0]!, ['`erp`', '`odoo:17.0`', '8069', 'ERP', '✅ Running']]), secrets(['# Odoo', 'ODOO_DB_PASSWORD=***'])),
    },
    {
      name: 'a variable another key reads (`${POSTGRES_PASSWORD}`) is named by the spec',
      spec: spec(inventory(rows.slice(0, 1)), secrets(['# Base de datos', 'SPRING_DATASOURCE_PASSWORD=${POSTGRES_PASSWORD}'])),
    },
    { name: 'unknown images need nothing we know of', spec: spec(inventory([['`api`', '`ghcr.io/acme/api:1.0`', '8000', 'API', '✅ Running']])) },
  ],
  invalid: [
    {
      name: 'a prefixed password key of no client of the store is not its password (ACCOUNTING_DB_PASSWORD)',
      spec: accounting,
      errors: [{ ...loc(accounting, '`postgres:16`'), message: /`db` without `POSTGRES_PASSWORD`/ }],
    },
    {
      name: 'postgres without a password, chatwoot without SECRET_KEY_BASE',
      spec: bad,
      errors: [
        { ...loc(bad, '`postgres:16`'), message: /`db` without `POSTGRES_PASSWORD`.*refuses to initialise/ },
        { ...loc(bad, '`chatwoot/chatwoot:v4.1.0`'), message: /`chat` without `SECRET_KEY_BASE`/ },
      ],
    },
    {
      name: 'a client listed before the server: the finding is the server\'s (required), not a client\'s added-env',
      spec: spec(inventory([['`odoo`', '`odoo:17.0`', '8069', 'ERP', '✅ Running'], rows[0]!])),
      errors: [{ ...loc(spec(inventory([['`odoo`', '`odoo:17.0`', '8069', 'ERP', '✅ Running'], rows[0]!])), '`postgres:16`'), message: /`db` without `POSTGRES_PASSWORD`/ }],
    },
  ],
});
