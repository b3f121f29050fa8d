/**
 * Caddy (`caddy`, Docker official image built from caddyserver/caddy-docker).
 *
 * Sources:
 * - 2.7: https://github.com/caddyserver/caddy-docker/blob/3d34abffa47c34c55a1648cac75c4cc9e451a017/2.7/alpine/Dockerfile
 * - 2.11: https://github.com/caddyserver/caddy-docker/blob/62d1326421cc6d6245f5178d3c277b0e69fb8fb6/2.11/alpine/Dockerfile
 *   (`FROM alpine`, so BusyBox `wget`; `curl` is installed only from 2.11 on (commit f760f9d "curl dependency");
 *   `ENV XDG_CONFIG_HOME /config`, `XDG_DATA_HOME /data`; `EXPOSE 80 443 443/udp 2019`;
 *   `CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]`: the image reads
 *   `/etc/caddy/Caddyfile` and nothing else).
 * - The admin API listens on `localhost:2019` unless the Caddyfile's `admin` option moves it:
 *   https://caddyserver.com/docs/caddyfile/options#admin
 * The image sets no USER: Caddy runs as root (2.11 also allows any UID, commit 272e3f8).
 */
import type { ImageFacts } from './types.js';

export const caddy: ImageFacts = {
  id: 'caddy',
  repositories: ['caddy'],
  kind: 'proxy',
  stateful: false,
  ports: [
    { container: 80, protocol: 'tcp', purpose: 'http' },
    { container: 443, protocol: 'tcp', purpose: 'https' },
    { container: 443, protocol: 'udp', purpose: 'http3' },
    { container: 2019, protocol: 'tcp', purpose: 'admin' },
  ],
  user: 'root',
  dataDirs: ['/data', '/config'],
  configFiles: ['/etc/caddy/Caddyfile'],
  tools: ['wget', 'caddy'],
  healthcheck: { test: ['wget', '-q', '-O', '/dev/null', 'http://127.0.0.1:2019/config/'] },
  requiredEnv: [],
  optionalEnv: [],
  secretEnv: [],
};
