/** The machine formats: json (the DESIGN.md shape), sarif (SARIF 2.1.0, schema-validated), github (workflow commands). */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import Ajv04Module from 'ajv-draft-04';

// A CommonJS module whose default export is the class: typed as the module under NodeNext.
const Ajv04 = Ajv04Module as unknown as typeof Ajv;
import addFormats from 'ajv-formats';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { bolt } from '../helpers/cli.js';

const root = new URL('../..', import.meta.url).pathname;
const broken = `${root}test/fixtures/platform-portline-broken`;

function compile(schema: object) {
  // The official schema is draft-04; its `language` pattern is not valid with the `u` flag.
  const draft04 = String((schema as { $schema?: string }).$schema).includes('draft-04');
  const Validator = draft04 ? Ajv04 : Ajv;
  const ajv = new Validator({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('--format json', () => {
  it('prints exactly { diagnostics, summary } with the contract fields', async () => {
    const { stdout, code } = await bolt(['validate', '--format', 'json'], root);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { diagnostics: Record<string, unknown>[]; summary: Record<string, number> };
    expect(Object.keys(out)).toEqual(['diagnostics', 'summary']);
    // 7 spec warnings, plus issue 15's three: postgres without a password, Chatwoot without SECRET_KEY_BASE, `vault:1.15` unpublished.
    expect(out.summary).toEqual({ errors: 0, warnings: 10, infos: 0 });
    expect(Object.keys(out.diagnostics[0]!).slice(0, 8)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn']);
    expect(out.diagnostics[0]).toMatchObject({ ruleId: 'inventory/unpinned-image', severity: 'warning', file: 'specs/os.md', line: 25, column: 16, endLine: 25, endColumn: 42 });
  });

  it('is deterministic', async () => {
    const a = await bolt(['validate', '--format', 'json'], broken);
    const b = await bolt(['validate', '--format', 'json'], broken);
    expect(a.stdout).toBe(b.stdout);
    expect(a.code).toBe(1);
  });
});

describe('--format sarif', async () => {
  const seed = JSON.parse((await bolt(['validate', '--format', 'sarif'], root)).stdout) as Record<string, any>;
  const bad = JSON.parse((await bolt(['validate', '--format', 'sarif'], broken)).stdout) as Record<string, any>;

  it('is valid against the official SARIF 2.1.0 schema (OASIS rtm.5, shipped by @microsoft/jest-sarif) and the minimal stand-in', async () => {
    const schemas = [JSON.parse(readFileSync(`${root}test/validate/sarif-2.1.0.minimal.schema.json`, 'utf8')) as object];
    const official = await fg('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', { cwd: root });
    expect(official, 'the official SARIF schema must be installed (devDependency @microsoft/jest-sarif)').toHaveLength(1);
    for (const file of official) schemas.push(JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as object);
    for (const schema of schemas) {
      const validateLog = compile(schema);
      for (const log of [seed, bad]) expect(validateLog(log), JSON.stringify(validateLog.errors)).toBe(true);
    }
  });

  it('the stand-in schema rejects what SARIF forbids', () => {
    const validateLog = compile(JSON.parse(readFileSync(`${root}test/validate/sarif-2.1.0.minimal.schema.json`, 'utf8')) as object);
    const wrong = structuredClone(bad);
    wrong.runs[0].results[0].level = 'info';
    expect(validateLog(wrong)).toBe(false);
    const wrong2 = structuredClone(bad);
    wrong2.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validateLog(wrong2)).toBe(false);
  });

  it('carries rule metadata with help text, levels, regions and related locations', () => {
    const run = bad.runs[0];
    expect(bad.version).toBe('2.1.0');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    const literal = run.tool.driver.rules.find((r: { id: string }) => r.id === 'secrets/literal-value');
    expect(literal.help.text).toContain('Fix:');
    expect(literal.defaultConfiguration.level).toBe('error');
    const info = run.results.find((r: { ruleId: string }) => r.ruleId === 'spec/unknown-section');
    expect(info.level).toBe('note');
    const tag = run.results.find((r: { ruleId: string }) => r.ruleId === 'lock/tag-mismatch');
    expect(tag.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'specs/versions.lock', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 31, endLine: 7, endColumn: 37 } });
    expect(tag.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('specs/os.md');
    expect(run.tool.driver.rules[tag.ruleIndex].id).toBe('lock/tag-mismatch');
  });

  it('never contains a secret value', async () => {
    const text = (await bolt(['validate', '--format', 'sarif'], broken)).stdout + (await bolt(['validate', '--format', 'json'], broken)).stdout + (await bolt(['validate'], broken)).stdout;
    expect(text).not.toContain('PortLineLeak');
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, escaped', async () => {
    const { stdout, code } = await bolt(['validate', '--format', 'github'], broken);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,.*title=[a-z]+\/[a-z-]+::\S/.test(l))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=specs\/versions.lock,line=7,col=31,endLine=7,endColumn=37,title=lock\/tag-mismatch::Unexpected pin `postgres:16.2`.*%0Ahint: /));
    expect(lines.some((l) => l.startsWith('::notice ') && l.includes('title=spec/unknown-section'))).toBe(true);
    const seed = await bolt(['validate', '--format', 'github'], root);
    expect(seed.stdout.split('\n').filter(Boolean)).toHaveLength(10);
    expect(seed.stdout).toContain('::warning file=specs/os.md,line=47,col=1,endLine=47,endColumn=14,title=routing/caddyfile-drift::');
  });
});
