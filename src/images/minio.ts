/**
 * MinIO (`minio/minio`, also `quay.io/minio/minio`).
 *
 * Sources:
 * - https://github.com/minio/minio/blob/7aac2a2c5b7c882e68c1ce017d8256be2feea27f/Dockerfile.release (copies a static
 *   `curl` and `mc` to /usr/bin; `ENV MINIO_ROOT_USER_FILE=access_key`, `MINIO_ROOT_PASSWORD_FILE=secret_key`
 *   (read from /run/secrets); `EXPOSE 9000`; `VOLUME ["/data"]`; `CMD ["minio"]`, which only prints usage:
 *   the server needs `server /data`).
 * - https://github.com/minio/minio/blob/7aac2a2c5b7c882e68c1ce017d8256be2feea27f/dockerscripts/docker-entrypoint.sh
 *   (no user switch unless `MINIO_USERNAME`/`MINIO_GROUPNAME` are set: runs as root).
 * - Health: `GET /minio/health/live` — https://min.io/docs/minio/linux/operations/monitoring/healthcheck-probe.html
 * - Publication: the community edition became source-only in October 2025 (https://github.com/minio/minio/issues/21647)
 *   and the Docker Hub repository was later removed, while quay.io keeps serving the published tags
 *   (https://github.com/dandi/dandi-archive/pull/2922). The last published tag was not confirmed, so none is given.
 * The default root credentials (minioadmin) make the variables optional for start-up; they are secrets all the same.
 */
import type { ImageFacts } from './types.js';

export const minio: ImageFacts = {
  id: 'minio',
  repositories: ['minio/minio'],
  kind: 'object-store',
  stateful: true,
  ports: [
    { container: 9000, protocol: 'tcp', purpose: 'http' },
    { container: 9001, protocol: 'tcp', purpose: 'console' },
  ],
  user: 'root',
  dataDirs: ['/data'],
  configFiles: [],
  tools: ['curl', 'mc'],
  healthcheck: { test: ['curl', '-fsS', '-o', '/dev/null', 'http://localhost:{port}/minio/health/live'] },
  healthPath: '/minio/health/live',
  requiredEnv: [],
  optionalEnv: ['MINIO_ROOT_USER', 'MINIO_ROOT_PASSWORD'],
  secretEnv: [
    { name: 'MINIO_ROOT_USER', file: 'MINIO_ROOT_USER_FILE' },
    { name: 'MINIO_ROOT_PASSWORD', file: 'MINIO_ROOT_PASSWORD_FILE' },
  ],
  command: ['server', '/data', '--console-address', ':9001'],
  moved: { replacement: 'quay.io/minio/minio', note: 'MinIO stopped publishing community images on Docker Hub (source-only since October 2025)' },
};
