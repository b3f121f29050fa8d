/**
 * PostgreSQL, the Docker official image (`postgres`).
 *
 * Sources (docker-library/postgres at 6edb0a8):
 * - Dockerfile: https://github.com/docker-library/postgres/blob/6edb0a8c4def40c371514b34aef9037ec82d9110/15/bookworm/Dockerfile
 *   (`useradd … postgres` uid 999, `ENV PGDATA /var/lib/postgresql/data`, `VOLUME /var/lib/postgresql/data`,
 *   `EXPOSE 5432`, client binaries on PATH via `ENV PATH $PATH:/usr/lib/postgresql/$PG_MAJOR/bin`).
 * - Entrypoint: https://github.com/docker-library/postgres/blob/6edb0a8c4def40c371514b34aef9037ec82d9110/15/bookworm/docker-entrypoint.sh
 *   (`file_env 'POSTGRES_PASSWORD'`, `'POSTGRES_USER' 'postgres'`, `'POSTGRES_DB' "$POSTGRES_USER"`: each has a
 *   `*_FILE` variant; "Database is uninitialized and superuser password is not specified" unless
 *   `POSTGRES_HOST_AUTH_METHOD=trust`; the server is dropped to user `postgres` with gosu).
 * - 18+: https://github.com/docker-library/postgres/blob/6edb0a8c4def40c371514b34aef9037ec82d9110/18/trixie/Dockerfile
 *   ("in 18+, … the VOLUME has moved from /var/lib/postgresql/data to /var/lib/postgresql").
 * `pg_isready` ships with the server packages; it asks only whether the server accepts connections, so it
 * needs no credentials. The Alpine variants build the same binaries from source.
 */
import type { ImageFacts } from './types.js';

export const postgres: ImageFacts = {
  id: 'postgres',
  repositories: ['postgres'],
  kind: 'database',
  stateful: true,
  serves: 'postgres',
  serverEnv: { user: 'POSTGRES_USER', password: 'POSTGRES_PASSWORD', database: 'POSTGRES_DB' },
  ports: [{ container: 5432, protocol: 'tcp', purpose: 'postgres' }],
  user: 'postgres',
  dataDirs: ['/var/lib/postgresql/data'],
  // The server's configuration lives inside PGDATA (postgresql.conf), created by initdb.
  configFiles: [],
  tools: ['pg_isready', 'psql', 'bash'],
  healthcheck: { test: ['pg_isready', '-q'] },
  requiredEnv: [['POSTGRES_PASSWORD', 'POSTGRES_PASSWORD_FILE', 'POSTGRES_HOST_AUTH_METHOD']],
  optionalEnv: ['POSTGRES_USER', 'POSTGRES_DB', 'POSTGRES_INITDB_ARGS', 'POSTGRES_INITDB_WALDIR', 'PGDATA'],
  secretEnv: [
    { name: 'POSTGRES_PASSWORD', file: 'POSTGRES_PASSWORD_FILE' },
    { name: 'POSTGRES_USER', file: 'POSTGRES_USER_FILE' },
    { name: 'POSTGRES_DB', file: 'POSTGRES_DB_FILE' },
  ],
  byTag: [{ since: '18', dataDirs: ['/var/lib/postgresql'] }],
};
