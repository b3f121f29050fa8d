/**
 * MariaDB (`mariadb`, Docker official image) and MySQL (`mysql`, Docker official image).
 *
 * Sources:
 * - https://github.com/MariaDB/mariadb-docker/blob/1b6429ba3544e134715c15f8c56cc6f665f827c9/11.4/Dockerfile
 *   (`useradd -r -g mysql mysql`, `VOLUME /var/lib/mysql`, `COPY healthcheck.sh /usr/local/bin/healthcheck.sh`,
 *   `EXPOSE 3306`).
 * - https://github.com/MariaDB/mariadb-docker/blob/1b6429ba3544e134715c15f8c56cc6f665f827c9/11.4/docker-entrypoint.sh
 *   ("You need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH,
 *   MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD"; `_mariadb_file_env` gives every
 *   `MARIADB_*`/`MYSQL_*` credential a `*_FILE` variant).
 * - https://github.com/MariaDB/mariadb-docker/blob/1b6429ba3544e134715c15f8c56cc6f665f827c9/11.4/healthcheck.sh
 *   (`--connect` needs no SQL grants).
 * - https://github.com/docker-library/mysql/blob/7f30fdb0738041fc5125e8218e393e0a891243e9/8.4/Dockerfile.oracle
 *   (uid 999 `mysql`, `VOLUME /var/lib/mysql`, `EXPOSE 3306 33060`).
 * - https://github.com/docker-library/mysql/blob/7f30fdb0738041fc5125e8218e393e0a891243e9/8.4/docker-entrypoint.sh
 *   (requires one of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD, MYSQL_RANDOM_ROOT_PASSWORD; `file_env` on
 *   `MYSQL_DATABASE`, `MYSQL_USER`, `MYSQL_PASSWORD`, `MYSQL_ROOT_PASSWORD`; it runs `mysqladmin` itself, so the
 *   binary is in the image).
 * - `mysqladmin ping` exits 0 when the server runs, even on "Access denied":
 *   https://dev.mysql.com/doc/refman/8.4/en/mysqladmin.html
 */
import type { ImageFacts } from './types.js';

export const mariadb: ImageFacts = {
  id: 'mariadb',
  repositories: ['mariadb'],
  kind: 'database',
  stateful: true,
  serves: 'mysql',
  serverEnv: { user: 'MARIADB_USER', password: 'MARIADB_PASSWORD', database: 'MARIADB_DATABASE' },
  ports: [{ container: 3306, protocol: 'tcp', purpose: 'mysql' }],
  user: 'mysql',
  dataDirs: ['/var/lib/mysql'],
  configFiles: [],
  tools: ['healthcheck.sh', 'mariadb'],
  healthcheck: { test: ['healthcheck.sh', '--connect'], startPeriod: '30s' },
  requiredEnv: [['MARIADB_ROOT_PASSWORD', 'MARIADB_ROOT_PASSWORD_FILE', 'MARIADB_ROOT_PASSWORD_HASH', 'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', 'MARIADB_RANDOM_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD']],
  optionalEnv: ['MARIADB_DATABASE', 'MARIADB_USER', 'MARIADB_PASSWORD'],
  secretEnv: [
    { name: 'MARIADB_ROOT_PASSWORD', file: 'MARIADB_ROOT_PASSWORD_FILE' },
    { name: 'MARIADB_PASSWORD', file: 'MARIADB_PASSWORD_FILE' },
  ],
};

export const mysql: ImageFacts = {
  id: 'mysql',
  repositories: ['mysql'],
  kind: 'database',
  stateful: true,
  serves: 'mysql',
  serverEnv: { user: 'MYSQL_USER', password: 'MYSQL_PASSWORD', database: 'MYSQL_DATABASE' },
  ports: [
    { container: 3306, protocol: 'tcp', purpose: 'mysql' },
    { container: 33060, protocol: 'tcp', purpose: 'mysqlx' },
  ],
  user: 'mysql',
  dataDirs: ['/var/lib/mysql'],
  configFiles: ['/etc/my.cnf'],
  tools: ['mysqladmin', 'mysql'],
  healthcheck: { test: ['mysqladmin', 'ping', '-h', '127.0.0.1'], startPeriod: '30s' },
  requiredEnv: [['MYSQL_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD_FILE', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD']],
  optionalEnv: ['MYSQL_DATABASE', 'MYSQL_USER', 'MYSQL_PASSWORD'],
  secretEnv: [
    { name: 'MYSQL_ROOT_PASSWORD', file: 'MYSQL_ROOT_PASSWORD_FILE' },
    { name: 'MYSQL_PASSWORD', file: 'MYSQL_PASSWORD_FILE' },
  ],
};
