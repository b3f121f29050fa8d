/**
 * Redis (`redis`, Docker official image) and Valkey (`valkey/valkey`), its drop-in fork.
 *
 * Sources:
 * - https://github.com/docker-library/redis/blob/e92049967d6baa9b4b3d6fd950553e6458e61f13/7.2/debian/Dockerfile
 *   (`useradd -r -g redis -u 999 redis`, `redis-cli --version`, `VOLUME /data`, `WORKDIR /data`, `EXPOSE 6379`,
 *   `CMD ["redis-server"]`).
 * - https://github.com/docker-library/redis/blob/e92049967d6baa9b4b3d6fd950553e6458e61f13/docker-entrypoint.sh
 *   (steps down to `redis` with gosu; reads no environment variables: a password needs `--requirepass`).
 * - https://github.com/valkey-io/valkey-container/blob/ae6141ea5d62c775b8bdb9be7396b951da435673/8.0/debian/Dockerfile
 *   (`useradd … valkey` uid 999, `valkey-cli --version`, `VOLUME /data`, `EXPOSE 6379`).
 * Neither image reads a config file unless one is passed on the command line.
 */
import type { ImageFacts } from './types.js';

export const redis: ImageFacts = {
  id: 'redis',
  repositories: ['redis'],
  kind: 'cache',
  stateful: true,
  serves: 'redis',
  serverEnv: {},
  ports: [{ container: 6379, protocol: 'tcp', purpose: 'redis' }],
  user: 'redis',
  dataDirs: ['/data'],
  configFiles: [],
  tools: ['redis-cli'],
  healthcheck: { test: ['redis-cli', 'ping'] },
  requiredEnv: [],
  optionalEnv: [],
  secretEnv: [],
};

export const valkey: ImageFacts = {
  id: 'valkey',
  repositories: ['valkey/valkey'],
  kind: 'cache',
  stateful: true,
  serves: 'redis',
  serverEnv: {},
  ports: [{ container: 6379, protocol: 'tcp', purpose: 'redis' }],
  user: 'valkey',
  dataDirs: ['/data'],
  configFiles: [],
  tools: ['valkey-cli'],
  healthcheck: { test: ['valkey-cli', 'ping'] },
  requiredEnv: [],
  optionalEnv: [],
  secretEnv: [],
};
