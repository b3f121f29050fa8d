/** The seed spec: exactly its true inconsistencies, readable in every format, with the exit codes of the contract. */
import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/load/index.js';
import { validate } from '../../src/rules/validate.js';
import { bolt } from '../helpers/cli.js';

const root = new URL('../..', import.meta.url).pathname;

describe('bolt validate on the seed', async () => {
  const loaded = await loadSpecs({ cwd: root });
  const result = validate(loaded, {});

  it('reports exactly the seed findings, at the offending text', () => {
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.file, d.line, d.column, d.endColumn])).toEqual([
      ['inventory/unpinned-image', 'warning', 'specs/os.md', 25, 16, 42],
      // Issue 15: postgres refuses to initialise without a password, Chatwoot to start without SECRET_KEY_BASE,
      // and `vault:1.15` was never published (the official image stopped at 1.13.3).
      ['deploy/missing-required-env', 'warning', 'specs/os.md', 26, 16, 29],
      ['deploy/missing-required-env', 'warning', 'specs/os.md', 31, 16, 42],
      ['inventory/unpinned-image', 'warning', 'specs/os.md', 31, 16, 42],
      ['inventory/unpublished-image', 'warning', 'specs/os.md', 32, 13, 25],
      ['routing/caddyfile-drift', 'warning', 'specs/os.md', 47, 1, 14],
      ['api/tool-count-mismatch', 'warning', 'specs/os.md', 156, 1, 71],
      ['api/tool-count-mismatch', 'warning', 'specs/os.md', 305, 3, 13],
      ['api/tool-count-mismatch', 'warning', 'specs/os.md', 306, 3, 8],
      ['api/tool-count-mismatch', 'warning', 'specs/os.md', 307, 3, 13],
    ]);
    expect(result.summary).toEqual({ errors: 0, warnings: 10, infos: 0 });
  });

  it('says what is wrong and what is expected', () => {
    const messages = result.diagnostics.map((d) => d.message);
    expect(messages[0]).toContain('`smartapi`');
    expect(messages[1]).toMatch(/`postgres` without `POSTGRES_PASSWORD`/);
    expect(messages[2]).toMatch(/`chatwoot` without `SECRET_KEY_BASE`/);
    expect(messages[3]).toContain('`chatwoot`');
    expect(messages[4]).toMatch(/`vault:1.15` of `vault`, expected `hashicorp\/vault:1.15`/);
    expect(messages[5]).toContain('`smarterbot.cl`');
    expect(messages[6]).toMatch(/`28` tools, expected `20`/);
    expect(messages.slice(7)).toEqual([
      expect.stringMatching(/`5` for category `supabase`, expected `4`/),
      expect.stringMatching(/`6` for category `n8n`, expected `3`/),
      expect.stringMatching(/`7` for category `chatwoot`, expected `3`/),
    ]);
    expect(result.diagnostics[7]!.cause).toMatchObject({ file: 'specs/os.md', line: 148 });
  });

  it('exits 0 with warnings only, 1 with --fail-on warning, 0 with --fail-on never', async () => {
    expect((await bolt(['validate'], root, { NO_COLOR: '1' })).code).toBe(0);
    expect((await bolt(['validate', '--fail-on', 'warning'], root)).code).toBe(1);
    expect((await bolt(['validate', '--fail-on', 'never', '--format', 'json'], root)).code).toBe(0);
  });

  it('prints the findings readably: grouped by file, source line, marker, rule id, hint, summary', async () => {
    const { stdout, stderr } = await bolt(['validate'], root, { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/\x1b\[/);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('specs/os.md');
    const at = lines.findIndex((l) => l.includes('`chatwoot/chatwoot`'));
    expect(lines[at]).toMatch(/^ {2}31:16 +warning {2}Unexpected tag `latest`.* {2}inventory\/unpinned-image$/);
    expect(lines[at + 1]).toContain('31 │ | `chatwoot` | `chatwoot/chatwoot:latest` |');
    const source = lines[at + 1]!;
    const marker = lines[at + 2]!;
    expect(marker.indexOf('^')).toBe(source.indexOf('`chatwoot/chatwoot:latest`'));
    expect(marker.trim().replace(/^│\s*/, '')).toBe('^'.repeat('`chatwoot/chatwoot:latest`'.length));
    expect(lines[at + 3]).toMatch(/hint: pin a version/);
    expect(stdout).toContain('see: `supabase` lists 4 endpoints here (line 148)');
    expect(lines.at(-2)).toBe('⚠ 10 problems (0 errors, 10 warnings, 0 infos)');
  });

  it('colours only when asked', async () => {
    expect((await bolt(['validate'], root, {})).stdout).not.toMatch(/\x1b\[/);
    expect((await bolt(['validate'], root, { FORCE_COLOR: '1' })).stdout).toMatch(/\x1b\[33mwarning/);
    expect((await bolt(['validate', '--no-color'], root, { FORCE_COLOR: '1' })).stdout).not.toMatch(/\x1b\[/);
  });

  it('rejects an unknown format or threshold with exit 2', async () => {
    const r = await bolt(['validate', '--format', 'xml'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bolt validate: Unexpected value `xml` for `--format`, expected one of `pretty`/);
    expect((await bolt(['validate', '--fail-on', 'info'], root)).code).toBe(2);
  });
});
