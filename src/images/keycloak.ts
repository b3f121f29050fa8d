/**
 * Keycloak (`quay.io/keycloak/keycloak`).
 *
 * Sources:
 * - https://github.com/keycloak/keycloak/blob/main/quarkus/container/Dockerfile (`FROM …/ubi9-micro`: no `curl`,
 *   no `wget`; `/opt/keycloak/data`; `USER 1000`; `EXPOSE 8080`, `EXPOSE 8443`; `ENTRYPOINT
 *   ["/opt/keycloak/bin/kc.sh"]` and no CMD: without a command kc.sh prints its help and exits).
 * - https://www.keycloak.org/server/containers (`start`, `KC_BOOTSTRAP_ADMIN_USERNAME`/`_PASSWORD`, `KC_DB`,
 *   `KC_DB_URL`, `KC_DB_USERNAME`, `KC_DB_PASSWORD`, `KC_HEALTH_ENABLED`).
 * - https://www.keycloak.org/server/all-config (`KC_DB_URL_HOST`, `KC_DB_URL_PORT`, `KC_DB_URL_DATABASE`).
 * No healthcheck: the image ships no HTTP client, and whether `bash` is in ubi9-micro was not confirmed.
 * No `*_FILE` variants are documented.
 */
import type { ImageFacts } from './types.js';

export const keycloak: ImageFacts = {
  id: 'keycloak',
  repositories: ['keycloak/keycloak'],
  kind: 'app',
  stateful: false,
  clientEnv: {
    postgres: {
      host: 'KC_DB_URL_HOST',
      port: 'KC_DB_URL_PORT',
      user: 'KC_DB_USERNAME',
      password: 'KC_DB_PASSWORD',
      database: 'KC_DB_URL_DATABASE',
      fixed: { KC_DB: 'postgres' },
    },
  },
  ports: [
    { container: 8080, protocol: 'tcp', purpose: 'http' },
    { container: 8443, protocol: 'tcp', purpose: 'https' },
  ],
  user: '1000',
  dataDirs: ['/opt/keycloak/data'],
  configFiles: ['/opt/keycloak/conf/keycloak.conf'],
  tools: [],
  healthcheck: null,
  requiredEnv: [],
  // `KEYCLOAK_ADMIN`/`KEYCLOAK_ADMIN_PASSWORD` are the names before 26 (deprecated there):
  // https://www.keycloak.org/docs/latest/upgrading/index.html ("Admin bootstrapping and recovery").
  optionalEnv: ['KC_BOOTSTRAP_ADMIN_USERNAME', 'KC_BOOTSTRAP_ADMIN_PASSWORD', 'KEYCLOAK_ADMIN', 'KEYCLOAK_ADMIN_PASSWORD', 'KC_HOSTNAME', 'KC_HEALTH_ENABLED'],
  // Every option is also `KC_<OPTION>`: https://www.keycloak.org/server/configuration#_formats_for_environment_variables
  envPrefixes: ['KC_'],
  secretEnv: [{ name: 'KC_DB_PASSWORD' }, { name: 'KC_BOOTSTRAP_ADMIN_PASSWORD' }, { name: 'KEYCLOAK_ADMIN_PASSWORD' }],
  command: ['start'],
};
