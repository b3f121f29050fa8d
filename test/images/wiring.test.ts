/**
 * The wiring (src/images/wiring.ts) on small specs: which spec key gives a store its password, and
 * what a server states over the env file.
 */
import { describe, expect, it } from 'vitest';
import { extractSpecs } from '../../src/load/index.js';
import { wiring } from '../../src/images/wiring.js';
import { inventory, spec } from '../rules/tester.js';

const secrets = (lines: string[]): string => ['## Secrets Management', '', '### Env (`.env.production`)', '', '```bash', ...lines, '```', ''].join('\n');
const store = (title: string, host: string, user: string, database = user): string[] => [`### ${title}`, '', `- **Host:** \`${host}\``, `- **Database:** \`${database}\``, `- **User:** \`${user}\``, ''];
const schema = (...stores: string[][]): string => ['## Database Schema', '', ...stores.flat()].join('\n');
const envOf = (text: string, container: string): Record<string, string> =>
  Object.fromEntries(wiring(extractSpecs([{ file: 'specs/os.md', text }]).model, undefined).get(container)!.environment.map((e) => [e.name, e.value]));

describe('the password key of a store', () => {
  const maria = ['`mariadb`', '`mariadb:11.4.3`', '-', 'WordPress database', '✅ Running'];
  const wordpress = ['`wordpress`', '`wordpress:6.6.2`', '8080→80', 'Blog', '✅ Running'];

  it('is not a key with the prefix of a container that is no client of it (ODOO_DB_PASSWORD for WordPress\'s MariaDB)', () => {
    const text = spec(inventory([maria, wordpress]), schema(store('MariaDB (WordPress)', 'mariadb:3306', 'wordpress')), secrets(['# Legacy ERP', 'ODOO_DB_PASSWORD=***', '# Blog', 'MARIADB_ROOT_PASSWORD=***', 'WORDPRESS_DB_PASSWORD=***']));
    expect(envOf(text, 'mariadb').MARIADB_PASSWORD).toBe('${WORDPRESS_DB_PASSWORD:?set it in .env.production}');
  });

  it('is the key of each server\'s own clients when two stores have prefixed keys', () => {
    const text = spec(
      inventory([['`postgres`', '`postgres:16.4`', '-', 'DB', '✅ Running'], ['`odoo`', '`odoo:17.0`', '8069', 'ERP', '✅ Running'], maria, wordpress]),
      schema(store('PostgreSQL (Odoo)', 'postgres:5432', 'odoo'), store('MariaDB (WordPress)', 'mariadb:3306', 'wordpress')),
      secrets(['# Blog', 'WORDPRESS_DB_PASSWORD=***', '# ERP', 'ODOO_DB_PASSWORD=***']),
    );
    expect(envOf(text, 'postgres').POSTGRES_PASSWORD).toBe('${ODOO_DB_PASSWORD:?set it in .env.production}');
    expect(envOf(text, 'odoo').PASSWORD).toBe('${ODOO_DB_PASSWORD:?set it in .env.production}');
    expect(envOf(text, 'mariadb').MARIADB_PASSWORD).toBe('${WORDPRESS_DB_PASSWORD:?set it in .env.production}');
  });

  it('is added (and the server reports it) when the only prefixed key names no client', () => {
    const text = spec(inventory([['`postgres`', '`postgres:16.4`', '-', 'DB', '✅ Running'], ['`api`', '`ghcr.io/x/api:1.0.0`', '8000', 'API', '✅ Running']]), schema(store('PostgreSQL (api)', 'postgres:5432', 'shop')), secrets(['# Reporting replica', 'ACCOUNTING_DB_PASSWORD=***']));
    const w = wiring(extractSpecs([{ file: 'specs/os.md', text }]).model, undefined).get('postgres')!;
    expect(w.environment.find((e) => e.name === 'POSTGRES_PASSWORD')?.key).toBe('POSTGRES_PASSWORD');
    expect(w.added.map((a) => [a.key, a.required])).toEqual([['POSTGRES_PASSWORD', true]]);
  });
});
