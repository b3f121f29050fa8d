/** Rule severities from bolt.config.yaml, and the exit-2 errors for unknown rules or severities. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { isBoltError } from '../../src/errors/index.js';
import { loadSpecs } from '../../src/load/index.js';
import { checkRuleConfig, validate } from '../../src/rules/validate.js';
import { bolt } from '../helpers/cli.js';

const seedRoot = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'bolt-validate-config-'));
cpSync(join(seedRoot, 'specs'), join(dir, 'specs'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rule configuration', () => {
  it('turns a rule off and changes a severity', async () => {
    const config = parseConfig('bolt.config.yaml', 'rules:\n  inventory/unpinned-image: "off"\n  routing/caddyfile-drift: error\n');
    const { diagnostics, summary } = validate(await loadSpecs({ cwd: dir }), config);
    expect(diagnostics.some((d) => d.ruleId === 'inventory/unpinned-image')).toBe(false);
    expect(diagnostics.find((d) => d.ruleId === 'routing/caddyfile-drift')!.severity).toBe('error');
    expect(summary).toEqual({ errors: 1, warnings: 7, infos: 0 }); // 4 + issue 15's three (deploy/*, inventory/unpublished-image)
  });

  it('the CLI reads bolt.config.yaml: an error severity makes the seed exit 1', async () => {
    writeFileSync(join(dir, 'bolt.config.yaml'), 'rules:\n  routing/caddyfile-drift: error\n');
    const r = await bolt(['validate', '--no-color'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/47:1 +error {2}Unexpected live route `smarterbot.cl`/);
  });

  it('an unknown rule id is exit 2 at its line in the config, with a suggestion', async () => {
    writeFileSync(join(dir, 'bolt.config.yaml'), '# severities\nrules:\n  routing/caddyfile-drift: warning\n  inventory/unpined-image: "off"\n');
    const r = await bolt(['validate'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bolt\.config\.yaml:4:3: Unexpected rule `inventory\/unpined-image` in `rules`/);
    expect(r.stderr).toContain('did you mean `inventory/unpinned-image`?');
  });

  it('an unknown severity is exit 2 naming the file and line', async () => {
    writeFileSync(join(dir, 'bolt.config.yaml'), 'rules:\n  routing/caddyfile-drift: fatal\n');
    const r = await bolt(['validate'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bolt\.config\.yaml:2:\d+: /);
    rmSync(join(dir, 'bolt.config.yaml'));
  });

  it('checkRuleConfig rejects a severity that bypassed the schema, at the key', () => {
    const config = { rules: { 'spec/unparsed': 'fatal' as never }, file: 'x.yaml', pos: () => ({ file: 'x.yaml', line: 3, column: 5, endLine: 3, endColumn: 9 }) };
    try {
      checkRuleConfig(config);
      expect.unreachable();
    } catch (error) {
      expect(isBoltError(error) && error.format()).toMatch(/^x\.yaml:3:5: Unexpected severity `fatal` for `spec\/unparsed`/);
    }
  });
});
