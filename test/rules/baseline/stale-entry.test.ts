/**
 * `baseline/stale-entry` and the baseline around it: `--baseline-write` records the findings in a
 * file that validates against schemas/baseline.schema.json; a validate with it reports nothing
 * new, keeps matching after edits elsewhere (fingerprints are not line numbers), and reports an
 * entry whose finding is gone at the entry.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { bolt } from '../../helpers/cli.js';

const ROOT = new URL('../../..', import.meta.url).pathname;
const dirs: string[] = [];
function seedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bolt-baseline-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'specs'), join(dir, 'specs'), { recursive: true });
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const json = (stdout: string) => JSON.parse(stdout) as { diagnostics: { ruleId: string; file: string; line: number; column: number }[] };

describe('baseline/stale-entry', () => {
  it('writes a baseline that validates against its schema, then reports nothing new', async () => {
    const dir = seedCopy();
    const w = await bolt(['validate', '--baseline-write', '.bolt-baseline.json'], dir);
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/recorded 10 finding/);
    const written = JSON.parse(readFileSync(join(dir, '.bolt-baseline.json'), 'utf8')) as unknown;
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/baseline.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    // used by default when present
    const r = await bolt(['validate', '--format', 'json', '--fail-on', 'warning'], dir);
    expect(json(r.stdout).diagnostics).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('keeps matching when lines move, and reports new findings and stale entries', async () => {
    const dir = seedCopy();
    await bolt(['validate', '--baseline-write', '.bolt-baseline.json'], dir);
    const os = join(dir, 'specs/os.md');
    const text = readFileSync(os, 'utf8');
    // Lines move (a paragraph added near the top); one finding fixed (the tool sentence), one new (`redis:latest`).
    writeFileSync(
      os,
      text
        .replace('## 🐳 Container Inventory', 'A paragraph\nthat moves every line.\n\n## 🐳 Container Inventory')
        .replace('with 28 tools across', 'with 20 tools across')
        .replace('`redis:7`', '`redis:latest`'),
    );
    const r = await bolt(['validate', '--format', 'json'], dir);
    const found = json(r.stdout).diagnostics.map((d) => `${d.ruleId} ${d.file}`);
    expect(found).toContain('inventory/unpinned-image specs/os.md');
    expect(found).toContain('baseline/stale-entry .bolt-baseline.json');
    expect(found).toHaveLength(2); // the new unpinned redis, and the stale entry of the fixed sentence
    const stale = json(r.stdout).diagnostics.find((d) => d.ruleId === 'baseline/stale-entry')!;
    const lines = readFileSync(join(dir, '.bolt-baseline.json'), 'utf8').split('\n');
    expect(lines[stale.line - 1]!.trim()).toBe('{');
    expect(lines[stale.line + 0]).toContain('api/tool-count-mismatch');
  });

  it('is exit 2 with a position for a file that is not a baseline, and for --baseline FILE missing', async () => {
    const dir = seedCopy();
    writeFileSync(join(dir, '.bolt-baseline.json'), '{ "schema": 1, "entries": [ { "ruleId": "x" } ] }\n');
    const bad = await bolt(['validate'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.bolt-baseline\.json:1:\d+/);
    const missing = await bolt(['validate', '--baseline', 'nope.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json/);
  });
});
