/**
 * Grafana (`grafana/grafana`; `grafana/grafana-oss` is no longer updated).
 *
 * Sources:
 * - https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/ (Alpine by default, `-ubuntu` and
 *   `-distroless` variants; data in `/var/lib/grafana`; `GF_PATHS_CONFIG` /etc/grafana/grafana.ini; user 472;
 *   "Starting with Grafana 12.4.0, the grafana/grafana-oss repository will no longer be updated. Use
 *   grafana/grafana instead"; secrets from files with the `__FILE` suffix, e.g. `GF_SECURITY_ADMIN_PASSWORD__FILE`).
 * - Health: `GET /api/health` — https://grafana.com/docs/grafana/latest/developers/http_api/other/#health-api
 * Tools: BusyBox `wget` in the default Alpine variant; the distroless variants ship no HTTP client, and the Ubuntu
 * variant's tools were not confirmed, so neither gets a healthcheck.
 */
import type { ImageFacts } from './types.js';

const shared = {
  kind: 'monitoring',
  stateful: false,
  ports: [{ container: 3000, protocol: 'tcp', purpose: 'http' }],
  user: '472',
  dataDirs: ['/var/lib/grafana'],
  configFiles: ['/etc/grafana/grafana.ini'],
  tools: ['wget'],
  toolsByTag: [{ match: /distroless|ubuntu/, tools: [] }],
  healthcheck: { test: ['wget', '-q', '-O', '/dev/null', 'http://localhost:{port}/api/health'], startPeriod: '30s' },
  healthPath: '/api/health',
  requiredEnv: [],
  optionalEnv: ['GF_SECURITY_ADMIN_USER', 'GF_SECURITY_ADMIN_PASSWORD', 'GF_SERVER_ROOT_URL'],
  // Every `GF_<SECTION>_<KEY>` overrides grafana.ini: https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#override-configuration-with-environment-variables
  envPrefixes: ['GF_'],
  secretEnv: [{ name: 'GF_SECURITY_ADMIN_PASSWORD', file: 'GF_SECURITY_ADMIN_PASSWORD__FILE' }],
} as const satisfies Partial<ImageFacts>;

export const grafana: ImageFacts = { id: 'grafana', repositories: ['grafana/grafana', 'grafana/grafana-enterprise'], ...shared };

export const grafanaOss: ImageFacts = {
  id: 'grafana-oss',
  repositories: ['grafana/grafana-oss'],
  ...shared,
  moved: { replacement: 'grafana/grafana', note: 'Grafana stopped updating `grafana/grafana-oss` with 12.4.0' },
};
