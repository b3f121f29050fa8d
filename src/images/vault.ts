/**
 * Vault: the Docker official image `vault` (deprecated) and HashiCorp's own `hashicorp/vault`.
 *
 * Sources:
 * - https://github.com/hashicorp/docker-vault/blob/ed323958b3c65c551e88424fd7352d99afe900ac/README.md ("Upcoming in
 *   Vault 1.14, we will stop publishing official Dockerhub images … pull from `hashicorp/vault` instead of `vault`").
 * - https://github.com/docker-library/official-images/blob/32c2455241a13e31b9c46cb109294d2bc6c46ba0/library/vault
 *   (the last tags of `library/vault`: 1.13.3, 1.12.7, 1.11.11).
 * - https://github.com/hashicorp/docker-vault/blob/ed323958b3c65c551e88424fd7352d99afe900ac/0.X/Dockerfile and
 *   https://github.com/hashicorp/vault/blob/main/Dockerfile (`FROM alpine`: BusyBox `wget`; `adduser -S -G vault
 *   vault`; `VOLUME /vault/logs`, `VOLUME /vault/file`; `/vault/config` read as the config directory;
 *   `EXPOSE 8200`; `CMD ["server", "-dev"]`; "you should add the IPC_LOCK capability so that Vault can mlock").
 * - https://github.com/hashicorp/docker-vault/blob/ed323958b3c65c551e88424fd7352d99afe900ac/0.X/docker-entrypoint.sh
 *   (`VAULT_LOCAL_CONFIG`, `VAULT_DEV_ROOT_TOKEN_ID`, `-dev-listen-address=0.0.0.0:8200`, `su-exec vault`).
 *   The entrypoint of hashicorp/vault (.release/docker/docker-entrypoint.sh) was not read; the same behaviour
 *   is assumed only where both Dockerfiles agree.
 * - `vault status` exits 0 when unsealed, 2 when sealed: https://developer.hashicorp.com/vault/docs/commands/status
 *   A sealed production server is therefore unhealthy until it is unsealed, which is the truth.
 */
import type { ImageFacts } from './types.js';

const shared = {
  kind: 'secret-store',
  stateful: true,
  ports: [{ container: 8200, protocol: 'tcp', purpose: 'http' }],
  user: 'vault',
  dataDirs: ['/vault/file', '/vault/logs'],
  configFiles: ['/vault/config'],
  tools: ['vault', 'wget'],
  healthcheck: { test: ['vault', 'status', '-address=http://127.0.0.1:{port}'] },
  healthPath: '/v1/sys/health',
  requiredEnv: [],
  optionalEnv: ['VAULT_LOCAL_CONFIG', 'VAULT_DEV_ROOT_TOKEN_ID', 'VAULT_ADDR'],
  secretEnv: [{ name: 'VAULT_DEV_ROOT_TOKEN_ID' }],
  capAdd: ['IPC_LOCK'],
} as const satisfies Partial<ImageFacts>;

export const vault: ImageFacts = {
  id: 'vault',
  repositories: ['vault'],
  ...shared,
  moved: { lastTag: '1.13.3', replacement: 'hashicorp/vault', note: 'HashiCorp stopped publishing the official `vault` image after 1.13.x' },
};

export const hashicorpVault: ImageFacts = {
  id: 'hashicorp-vault',
  repositories: ['hashicorp/vault'],
  ...shared,
};
