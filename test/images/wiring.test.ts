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

describe('what a server states over the env file', () => {
  const pg = ['`postgres`', '`postgres:16.4`', '-', 'Main database', '✅ Running'];
  const odooDb = ['`odoo-db`', '`postgres:15.8`', '-', 'Odoo database', '✅ Running'];
  const odoo = ['`odoo`', '`odoo:17.0`', '8069', 'ERP', '✅ Running'];
  const keys = secrets(['# Main database', 'POSTGRES_USER=shop', 'POSTGRES_PASSWORD=***', 'POSTGRES_DB=shop']);

  it('a second server gets its own account and database in environment:, over the env file\'s POSTGRES_USER', () => {
    const text = spec(inventory([pg, odooDb, odoo]), schema(store('PostgreSQL (Main)', 'postgres:5432', 'shop'), store('PostgreSQL (Odoo)', 'odoo-db:5432', 'odoo')), keys);
    const all = wiring(extractSpecs([{ file: 'specs/os.md', text }]).model, undefined);
    expect(envOf(text, 'odoo-db')).toEqual({ POSTGRES_USER: 'odoo', POSTGRES_DB: 'odoo' });
    expect(all.get('odoo-db')!.reads).toContain('POSTGRES_PASSWORD');
    expect(all.get('odoo-db')!.notes).toContain("POSTGRES_USER, POSTGRES_DB set over the env file's keys of the same name (which gives another value)");
    // One POSTGRES_USER read by two servers: each says its own, even where the value agrees.
    expect(envOf(text, 'postgres')).toEqual({ POSTGRES_USER: 'shop', POSTGRES_DB: 'shop' });
    expect(envOf(text, 'odoo')).toMatchObject({ HOST: 'odoo-db', USER: 'odoo' });
  });

  it('a single server whose env file says the same leaves it to the env file', () => {
    const text = spec(inventory([pg]), schema(store('PostgreSQL (Main)', 'postgres:5432', 'shop')), keys);
    expect(envOf(text, 'postgres')).toEqual({});
  });

  it('a client whose env file key names another account connects with the store\'s', () => {
    const text = spec(inventory([pg, odoo]), schema(store('PostgreSQL (Odoo)', 'postgres:5432', 'odoo')), secrets(['# Odoo', 'USER=admin', 'POSTGRES_PASSWORD=***']));
    expect(envOf(text, 'odoo')).toMatchObject({ HOST: 'postgres', USER: 'odoo' });
  });
});
