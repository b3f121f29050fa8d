/**
 * Chatwoot (`chatwoot/chatwoot`): one image, two roles — the Rails web server and the Sidekiq worker.
 *
 * Sources (chatwoot/chatwoot, branch develop):
 * - https://github.com/chatwoot/chatwoot/blob/develop/docker/Dockerfile (final stage `FROM ruby:…-alpine`, so
 *   BusyBox `wget`; `apk add … postgresql-client` (`pg_isready`); no `curl` in production builds; `EXPOSE 3000`;
 *   no USER (root) and no CMD of its own: the Ruby base image's `irb` would run).
 * - https://github.com/chatwoot/chatwoot/blob/develop/docker-compose.production.yaml (web: `entrypoint:
 *   docker/entrypoints/rails.sh`, `command: ['bundle', 'exec', 'rails', 's', '-p', '3000', '-b', '0.0.0.0']`;
 *   worker: `command: ['bundle', 'exec', 'sidekiq', '-C', 'config/sidekiq.yml']`; `storage_data:/app/storage`).
 * - https://github.com/chatwoot/chatwoot/blob/develop/.env.example (`SECRET_KEY_BASE`, `FRONTEND_URL`,
 *   `REDIS_URL`, `REDIS_PASSWORD`, `POSTGRES_HOST`, `POSTGRES_USERNAME`, `POSTGRES_PASSWORD`).
 * - `GET /api` answers without a session and reports Redis and PostgreSQL status:
 *   https://github.com/chatwoot/chatwoot/blob/develop/app/controllers/api_controller.rb
 * Not confirmed, so left out: a `*_FILE` variant for any variable, and `POSTGRES_PORT` (the database must then
 * listen on 5432). The schema is prepared once with `bundle exec rails db:chatwoot_prepare` (see docs/outputs.md).
 */
import type { ImageFacts } from './types.js';

export const chatwoot: ImageFacts = {
  id: 'chatwoot',
  repositories: ['chatwoot/chatwoot'],
  kind: 'app',
  stateful: false,
  clientEnv: {
    postgres: { host: 'POSTGRES_HOST', user: 'POSTGRES_USERNAME', password: 'POSTGRES_PASSWORD' },
    redis: { url: 'REDIS_URL' },
  },
  needs: ['postgres', 'redis'],
  ports: [{ container: 3000, protocol: 'tcp', purpose: 'http' }],
  user: 'root',
  dataDirs: ['/app/storage'],
  configFiles: [],
  tools: ['wget', 'pg_isready'],
  healthcheck: { test: ['wget', '-q', '-O', '/dev/null', 'http://localhost:{port}/api'], startPeriod: '60s' },
  healthPath: '/api',
  requiredEnv: [['SECRET_KEY_BASE']],
  optionalEnv: ['FRONTEND_URL', 'RAILS_ENV', 'NODE_ENV', 'INSTALLATION_ENV', 'REDIS_PASSWORD', 'POSTGRES_DATABASE'],
  secretEnv: [{ name: 'SECRET_KEY_BASE' }, { name: 'POSTGRES_PASSWORD' }, { name: 'REDIS_PASSWORD' }],
  entrypoint: ['docker/entrypoints/rails.sh'],
  command: ['bundle', 'exec', 'rails', 's', '-p', '3000', '-b', '0.0.0.0'],
  roles: [
    {
      match: /sidekiq|worker/i,
      entrypoint: [],
      command: ['bundle', 'exec', 'sidekiq', '-C', 'config/sidekiq.yml'],
      ports: [],
      // Sidekiq serves no HTTP; its liveness is not observable with the image's tools.
      healthcheck: null,
    },
  ],
};
