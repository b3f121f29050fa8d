/**
 * n8n (`n8nio/n8n`, also served as `docker.n8n.io/n8nio/n8n`).
 *
 * Sources:
 * - https://github.com/n8n-io/n8n/blob/master/docker/images/n8n/Dockerfile (`FROM n8nio/base:${NODE_VERSION}`,
 *   `mkdir -p /home/node/.n8n`, `EXPOSE 5678/tcp`, `USER node`, `ENTRYPOINT ["tini", "--", "/docker-entrypoint.sh"]`).
 *   The base image is Node on Alpine (the same file's helper stages are `alpine`, and docker/images/n8n-base
 *   builds on a `node:…-alpine` image), so BusyBox `wget` is on PATH. Not confirmed for the `Dockerfile.hardened`
 *   variant: a tag built from it may lack `wget`.
 * - No `curl`, `wget` present (a compose healthcheck tested against the image):
 *   https://github.com/czlonkowski/n8n-mcp/pull/122 ("Use wget since n8n image does not have curl").
 * - Health: https://docs.n8n.io/hosting/logging-monitoring/monitoring/ (`/healthz`; the path can be moved with
 *   `N8N_ENDPOINT_HEALTH`, which Bolt Lab does not set, so `/health` is not served) ("The /healthz endpoint returns … 200
 *   indicates the instance is reachable"; always enabled on the main server).
 * - Database: https://docs.n8n.io/hosting/configuration/environment-variables/database/ (SQLite by default;
 *   `DB_TYPE=postgresdb`, `DB_POSTGRESDB_HOST/PORT/DATABASE/USER/PASSWORD`, each with a `_FILE` variant).
 */
import type { ImageFacts } from './types.js';

export const n8n: ImageFacts = {
  id: 'n8n',
  repositories: ['n8nio/n8n'],
  kind: 'app',
  stateful: false,
  clientEnv: {
    postgres: {
      host: 'DB_POSTGRESDB_HOST',
      port: 'DB_POSTGRESDB_PORT',
      user: 'DB_POSTGRESDB_USER',
      password: 'DB_POSTGRESDB_PASSWORD',
      database: 'DB_POSTGRESDB_DATABASE',
      fixed: { DB_TYPE: 'postgresdb' },
    },
  },
  ports: [{ container: 5678, protocol: 'tcp', purpose: 'http' }],
  user: 'node',
  dataDirs: ['/home/node/.n8n'],
  configFiles: [],
  tools: ['wget', 'node'],
  healthcheck: { test: ['wget', '-q', '-O', '/dev/null', 'http://localhost:{port}/healthz'], startPeriod: '30s' },
  healthPath: '/healthz',
  requiredEnv: [],
  optionalEnv: ['N8N_ENCRYPTION_KEY', 'N8N_HOST', 'N8N_PROTOCOL', 'WEBHOOK_URL', 'GENERIC_TIMEZONE'],
  secretEnv: [
    { name: 'DB_POSTGRESDB_PASSWORD', file: 'DB_POSTGRESDB_PASSWORD_FILE' },
    { name: 'N8N_ENCRYPTION_KEY', file: 'N8N_ENCRYPTION_KEY_FILE' },
  ],
};
