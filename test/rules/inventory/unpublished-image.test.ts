import { inventory, loc, ruleTester, spec } from '../tester.js';

const vault = spec(inventory([['`vault`', '`vault:1.15`', '8200', 'Secrets', '🟡 Planned'], ['`db`', '`postgres:16`', '5432', 'DB', '✅ Running']]));
const lockText = 'schema: 1\nimages:\n  vault: { image: vault, tag: "1.16" }\n';
const pinned = spec(inventory([['`vault`', '`hashicorp/vault:1.16`', '8200', 'Secrets', '✅ Running']]));

ruleTester('inventory/unpublished-image', {
  valid: [
    { name: 'the replacement repository', spec: pinned },
    { name: 'a tag the old repository did publish', spec: spec(inventory([['`vault`', '`vault:1.13.3`', '8200', 'Secrets', '✅ Running']])) },
    { name: 'a move without a known last tag is not a gap (minio)', spec: spec(inventory([['`s3`', '`minio/minio:RELEASE.2024-08-17T01-24-54Z`', '9000', 'S3', '✅ Running']])) },
    { name: 'latest cannot be compared', spec: spec(inventory([['`vault`', '`vault:latest`', '8200', 'Secrets', '✅ Running']])) },
    { name: 'deprecated containers are not run', spec: spec(inventory([['`vault`', '`vault:1.15`', '8200', 'Secrets', '⚫ Deprecated']])) },
  ],
  invalid: [
    { name: 'vault 1.15', spec: vault, errors: [{ ...loc(vault, '`vault:1.15`'), message: /`vault:1.15` of `vault`, expected `hashicorp\/vault:1.15`.*last tag 1\.13\.3/ }] },
    {
      name: 'versions.lock pins an unpublished tag: reported at the pin',
      spec: pinned,
      lock: lockText,
      errors: [{ file: 'specs/versions.lock', line: 3, column: 19, message: /`vault:1.16`/ }],
    },
  ],
});
