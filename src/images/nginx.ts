/**
 * nginx (`nginx`, Docker official image built from nginxinc/docker-nginx).
 *
 * Sources:
 * - https://github.com/nginxinc/docker-nginx/blob/b430becb8f0f6b8d69e68cc73a82ea2873c38639/stable/debian/Dockerfile
 *   (`useradd … --uid 101 nginx` for the workers, the master runs as root; `apt-get install … curl` kept in the
 *   image; `EXPOSE 80`; `STOPSIGNAL SIGQUIT`; `CMD ["nginx", "-g", "daemon off;"]`).
 * - https://github.com/nginxinc/docker-nginx/blob/b430becb8f0f6b8d69e68cc73a82ea2873c38639/stable/alpine-slim/Dockerfile
 *   (`FROM alpine`: BusyBox `wget`; `curl` is only a build dependency there).
 * - Configuration: /etc/nginx/nginx.conf including /etc/nginx/conf.d/*.conf (https://hub.docker.com/_/nginx).
 * No catalogue healthcheck: which path answers 200 depends on the site configuration; a health URL from the spec
 * routed to the container is used instead.
 */
import type { ImageFacts } from './types.js';

export const nginx: ImageFacts = {
  id: 'nginx',
  repositories: ['nginx'],
  kind: 'web-server',
  stateful: false,
  ports: [{ container: 80, protocol: 'tcp', purpose: 'http' }],
  user: 'root',
  dataDirs: [],
  configFiles: ['/etc/nginx/nginx.conf', '/etc/nginx/conf.d'],
  tools: ['curl'],
  toolsByTag: [{ match: /alpine/, tools: ['wget'] }],
  healthcheck: null,
  requiredEnv: [],
  optionalEnv: [],
  secretEnv: [],
};
