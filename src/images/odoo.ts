/**
 * Odoo (`odoo`, Docker official image built from odoo/docker).
 *
 * Sources (odoo/docker at f7f6765):
 * - https://github.com/odoo/docker/blob/f7f6765354127c8ca31c373f51a840d9ec79149d/19.0/Dockerfile
 *   (`apt-get install … curl`, `COPY ./odoo.conf /etc/odoo/`, `VOLUME ["/var/lib/odoo", "/mnt/extra-addons"]`,
 *   `EXPOSE 8069 8071 8072`, `ENV ODOO_RC=/etc/odoo/odoo.conf`, `USER odoo`).
 * - https://github.com/odoo/docker/blob/f7f6765354127c8ca31c373f51a840d9ec79149d/19.0/entrypoint.sh
 *   (`: ${HOST:=${DB_PORT_5432_TCP_ADDR:='db'}}`, `PORT` 5432, `USER` 'odoo', `PASSWORD` 'odoo', `PASSWORD_FILE`;
 *   passed as `--db_host/--db_port/--db_user/--db_password`; `wait-for-psql.py --timeout=30` before start).
 * - Health route `/web/health` (auth none): https://github.com/odoo/odoo/blob/17.0/addons/web/controllers/home.py
 * The database *name* is not an entrypoint setting (Odoo picks it in its database manager or `db_name` in
 * odoo.conf), so it is not wired.
 */
import type { ImageFacts } from './types.js';

export const odoo: ImageFacts = {
  id: 'odoo',
  repositories: ['odoo'],
  kind: 'app',
  stateful: false,
  clientEnv: { postgres: { host: 'HOST', port: 'PORT', user: 'USER', password: 'PASSWORD' } },
  // Without a reachable PostgreSQL the entrypoint's wait-for-psql.py gives up after 30 s and exits.
  needs: ['postgres'],
  ports: [
    { container: 8069, protocol: 'tcp', purpose: 'http' },
    { container: 8071, protocol: 'tcp', purpose: 'xmlrpcs' },
    { container: 8072, protocol: 'tcp', purpose: 'longpolling' },
  ],
  user: 'odoo',
  dataDirs: ['/var/lib/odoo', '/mnt/extra-addons'],
  configFiles: ['/etc/odoo/odoo.conf'],
  tools: ['curl', 'python3'],
  healthcheck: { test: ['curl', '-fsS', '-o', '/dev/null', 'http://localhost:{port}/web/health'], startPeriod: '60s' },
  healthPath: '/web/health',
  requiredEnv: [],
  optionalEnv: ['HOST', 'PORT', 'USER', 'PASSWORD'],
  secretEnv: [{ name: 'PASSWORD', file: 'PASSWORD_FILE' }],
};
