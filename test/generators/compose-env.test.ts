/**
 * The compose file's environment, env file and their comments where the spec is tricky: two
 * PostgreSQL servers sharing one env file, and the "every key" note (only the API container's).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeFiles } from '../../generators/compose.js';
import { extractSpecs } from '../../src/load/index.js';
import { api, inventory, routing, spec } from '../rules/tester.js';

type Doc = { services: Record<string, { environment?: Record<string, string>; env_file?: string[] }> };

const rows = [
  ['`postgres`', '`postgres:16.4`', '-', 'Main database', '✅ Running'],
  ['`odoo-db`', '`postgres:15.8`', '-', 'Odoo database', '✅ Running'],
  ['`odoo`', '`odoo:17.0`', '8069', 'ERP', '✅ Running'],
];
const schema = ['## Database Schema', '', '### PostgreSQL (Main)', '', '- **Host:** `postgres:5432`', '- **Database:** `shop`', '- **User:** `shop`', '', '### PostgreSQL (Odoo)', '', '- **Host:** `odoo-db:5432`', '- **Database:** `odoo`', '- **User:** `odoo`', ''].join('\n');
const secrets = ['## Secrets Management', '', '### Env (`.env.production`)', '', '```bash', '# Main database', 'POSTGRES_USER=shop', 'POSTGRES_PASSWORD=***', 'POSTGRES_DB=shop', '```', ''].join('\n');
const compose = (text: string): { doc: Doc; contents: string } => {
  const contents = composeFiles(extractSpecs([{ file: 'specs/os.md', text }]).model, undefined)[0]!.contents;
  return { doc: parse(contents) as Doc, contents };
};

describe('two PostgreSQL servers and one env file', () => {
  const { doc, contents } = compose(spec(inventory(rows), routing(['erp.example.com -> odoo:8069']), schema, secrets));

  it('gives the second server its own account in environment: (over the env file\'s POSTGRES_USER), as its client connects', () => {
    expect(doc.services['odoo-db']).toMatchObject({ environment: { POSTGRES_USER: 'odoo', POSTGRES_DB: 'odoo' }, env_file: ['.env.production'] });
    expect(doc.services.odoo!.environment).toMatchObject({ HOST: 'odoo-db', USER: 'odoo', PASSWORD: '${POSTGRES_PASSWORD:?set it in .env.production}' });
  });

  it('names the keys a server reads, not "every key (the Unified API container)", when the spec has no API', () => {
    expect(contents).not.toMatch(/every key/);
    expect(contents).toMatch(/# env_file: reads POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB\n(?: {2}#.*\n)* {2}odoo-db:/);
  });
});

it('says "every key" for the container behind the Unified API\'s host', () => {
  const rows2 = [rows[0]!, ['`api`', '`ghcr.io/acme/api:1.0`', '8000', 'API', '✅ Running']];
  const { contents } = compose(spec(inventory(rows2), routing(['api.example.com -> api:8000']), api({ core: ['/health'] }), secrets));
  expect(contents).toMatch(/# env_file: reads every key \(the Unified API container\)\n(?: {2}#.*\n)* {2}api:/);
  expect(contents).toMatch(/# env_file: reads POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB\n(?: {2}#.*\n)* {2}postgres:/);
});
