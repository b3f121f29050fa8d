/**
 * Prometheus (`prom/prometheus`, also `quay.io/prometheus/prometheus`).
 *
 * Sources:
 * - https://github.com/prometheus/prometheus/blob/d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86/Dockerfile
 *   (`FROM quay.io/prometheus/busybox-…`: BusyBox `wget`; `/etc/prometheus/prometheus.yml`; `USER nobody`;
 *   `EXPOSE 9090`; `VOLUME [ "/prometheus" ]`; `CMD [ "--config.file=/etc/prometheus/prometheus.yml",
 *   "--storage.tsdb.path=/prometheus" ]`).
 * - Health: `GET /-/healthy` — https://prometheus.io/docs/prometheus/latest/management_api/
 */
import type { ImageFacts } from './types.js';

export const prometheus: ImageFacts = {
  id: 'prometheus',
  repositories: ['prom/prometheus', 'prometheus/prometheus'],
  kind: 'monitoring',
  stateful: true,
  ports: [{ container: 9090, protocol: 'tcp', purpose: 'http' }],
  user: 'nobody',
  dataDirs: ['/prometheus'],
  configFiles: ['/etc/prometheus/prometheus.yml'],
  tools: ['wget', 'promtool'],
  healthcheck: { test: ['wget', '-q', '-O', '/dev/null', 'http://localhost:{port}/-/healthy'] },
  healthPath: '/-/healthy',
  requiredEnv: [],
  optionalEnv: [],
  secretEnv: [],
};
