import { describe, expect, it } from 'vitest';
import { renderSecrets } from '../../generators/os-md/render-infra.js';
import { extractSpecs } from '../../src/load/index.js';

const SPEC = [
  '## Secrets Management',
  '',
  '### Production (`.env.production`)',
  '',
  '```bash',
  'Y_TOKEN=*** # from Vault',
  'DB_PASSWORD="***"  # rotated monthly',
  'PLAIN=hello#world',
  'REAL_PASSWORD=Winter2026!x # oops',
  'API_KEY=*** # the old one was sk_live_abcdefghijklmnopqrstuvwx',
  '```',
  '',
].join('\n');

describe('inline comments in the env block (Compose env-file syntax)', () => {
  const { model } = extractSpecs([{ file: 'specs/os.md', text: SPEC }]);
  const keys = model.secrets!.keys;

  it('end the value after white space or a quoted value; a `#` inside a word is the value', () => {
    expect(keys.map((k) => [k.key, k.value, k.comment, k.placeholder])).toEqual([
      ['Y_TOKEN', '***', 'from Vault', true],
      ['DB_PASSWORD', '***', 'rotated monthly', true],
      ['PLAIN', 'hello#world', undefined, false],
      ['REAL_PASSWORD', expect.stringMatching(/^•+$/), 'oops', false],
      ['API_KEY', '***', expect.stringMatching(/^the old one was sk_live_•+$/), true],
    ]);
    // A placeholder with a comment is no literal secret; the literal before a comment still is, and is masked alone.
    expect(keys.filter((k) => k.literal).map((k) => k.key)).toEqual(['REAL_PASSWORD']);
    expect(JSON.stringify(model)).not.toMatch(/Winter2026|abcdefghijklmnop/);
  });

  it('are written back after their value in os.md', () => {
    const out = renderSecrets(model);
    expect(out).toContain('Y_TOKEN=*** # from Vault\nDB_PASSWORD=*** # rotated monthly\nPLAIN=hello#world\n');
    expect(out).not.toMatch(/Winter2026|abcdefghijklmnop/);
  });
});
