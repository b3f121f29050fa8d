import { describe, expect, it } from 'vitest';
import { findings, inventory, ruleTester, spec } from '../tester.js';

const text = spec(inventory([['`db`', '`postgres:16`', '5432', 'DB', '✅ Running'], ['`web`', '`ghcr.io/acme/web:2.0`', '80', 'Web', '✅ Running']]));
const digestOnly = spec(inventory([['`pg`', '`postgres@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef`', '5432', 'DB', '✅ Running']]));
const registry = spec(inventory([['`api`', '`registry.acme.io:5000/shop/api:2.4.1`', '8080', 'API', '✅ Running'], ['`cache`', '`bitnami/redis`', '6379', 'Cache', '✅ Running']]));

ruleTester('lock/tag-mismatch', {
  valid: [
    { spec: text, lock: 'schema: 1\nimages:\n  db: { image: postgres, tag: "16" }\n  web: { image: ghcr.io/acme/web, tag: "2.0" }\n' },
    { name: 'an inventory pinned by digest only agrees with a lock of any tag and the same digest', spec: digestOnly, lock: 'schema: 1\nimages:\n  pg: { image: postgres, tag: "16", digest: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" }\n' },
    { name: 'a digest is compared only when both sides give one', spec: digestOnly, lock: 'schema: 1\nimages:\n  pg: { image: postgres, tag: "16" }\n' },
    { name: 'a registry host with a port is not a tag', spec: registry, lock: 'schema: 1\nimages:\n  api: { image: registry.acme.io:5000/shop/api, tag: "2.4.1" }\n' },
  ],
  invalid: [
    {
      name: 'tag and image name',
      spec: text,
      lock: 'schema: 1\nimages:\n  db: { image: postgres, tag: "15" }\n  web: { image: acme/web, tag: "2.0" }\n',
      errors: [
        { file: 'specs/versions.lock', line: 3, column: 31, message: /pin `postgres:15` for `db`, expected `postgres:16`/ },
        { file: 'specs/versions.lock', line: 4, column: 17, message: /`acme\/web:2.0`/ },
      ],
    },
    {
      name: 'an inventory pinned by digest only, a lock with another digest (was silent: the build ran the lock\'s image)',
      spec: digestOnly,
      lock: 'schema: 1\nimages:\n  pg: { image: postgres, tag: "16", digest: "sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210" }\n',
      errors: [{ file: 'specs/versions.lock', line: 3, column: 45, message: /pin `postgres:16@sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210` for `pg`, expected `postgres@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef`/ }],
    },
    {
      name: 'an untagged image says so, never an invented `:latest`',
      spec: registry,
      lock: 'schema: 1\nimages:\n  cache: { image: redis, tag: "7.2" }\n',
      errors: [{ file: 'specs/versions.lock', line: 3, column: 19, message: /expected `bitnami\/redis` \(no tag, implicitly `latest`\) as the inventory says/ }],
    },
  ],
});

describe('an untagged image pinned by the lock', () => {
  it('is one finding (inventory/unpinned-image, naming the pin), not also a tag mismatch', () => {
    const c = { spec: registry, lock: 'schema: 1\nimages:\n  cache: { image: bitnami/redis, tag: "7.2" }\n' };
    expect(findings('lock/tag-mismatch', c)).toEqual([]);
    expect(findings('inventory/unpinned-image', c).map((d) => d.hint)).toEqual(['versions.lock pins `bitnami/redis:7.2`: write that in the inventory']);
  });
});
