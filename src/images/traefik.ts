/**
 * Traefik (`traefik`, Docker official image built from traefik/traefik-library-image).
 *
 * Sources:
 * - https://github.com/traefik/traefik-library-image/blob/697393828fd83340553fe3edd13e961a9c3b971a/v2.11/alpine/Dockerfile
 *   (`FROM alpine`: BusyBox `wget`; `EXPOSE 80`; `ENTRYPOINT ["/entrypoint.sh"]`, `CMD ["traefik"]`; no USER).
 * - Static configuration is looked up in `/etc/traefik/traefik.yml` (or .toml) first:
 *   https://doc.traefik.io/traefik/getting-started/configuration-overview/#configuration-file
 * - `traefik healthcheck --ping` works only when the ping endpoint is enabled in that configuration
 *   (https://doc.traefik.io/traefik/operations/cli/#healthcheck), which Bolt Lab does not write: no healthcheck.
 */
import type { ImageFacts } from './types.js';

export const traefik: ImageFacts = {
  id: 'traefik',
  repositories: ['traefik'],
  kind: 'proxy',
  stateful: false,
  ports: [{ container: 80, protocol: 'tcp', purpose: 'http' }],
  user: 'root',
  dataDirs: [],
  configFiles: ['/etc/traefik/traefik.yml'],
  tools: ['wget', 'traefik'],
  healthcheck: null,
  requiredEnv: [],
  optionalEnv: [],
  secretEnv: [],
};
