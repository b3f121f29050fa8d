/**
 * `bolt validate --fix`: every fixable rule's fix settles its finding, the fixed files are
 * byte-identical outside the edits (LF and CRLF), `--fix-dry-run` writes nothing and prints the
 * diff, `--fix-rule` limits the fixes, and no fix touches a masked secret.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, chooseFixes } from '../../src/fix/edits.js';
import type { Diagnostic } from '../../src/model/diagnostics.js';
import { bolt } from '../helpers/cli.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const SEED = readFileSync(join(ROOT, 'specs/os.md'), 'utf8');
const LOCK = readFileSync(join(ROOT, 'specs/versions.lock'), 'utf8');
const dirs: string[] = [];
function repo(os: string, lock = LOCK): string {
  const dir = mkdtempSync(join(tmpdir(), 'bolt-fix-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'specs'));
  writeFileSync(join(dir, 'specs/os.md'), os);
  writeFileSync(join(dir, 'specs/versions.lock'), lock);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const ids = (stdout: string) => (JSON.parse(stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.map((d) => d.ruleId);

/** The lines of `after` that differ from `before` (same line count assumed where used). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((l, i) => l !== a[i]);
}

describe('bolt validate --fix on the seed', () => {
  it('fixes the tool counts and the Caddyfile site, keeps every other byte, and leaves the findings without a fix', async () => {
    const dir = repo(SEED);
    const r = await bolt(['validate', '--fix', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    // No edit for these: the two unpinned images (the lock pins `latest` too), the secrets postgres and chatwoot
    // need (a value only the user has), and `vault:1.15` (moving to `hashicorp/vault` is a choice, not a spelling).
    expect(ids(r.stdout)).toEqual(['inventory/unpinned-image', 'deploy/missing-required-env', 'deploy/missing-required-env', 'inventory/unpinned-image', 'inventory/unpublished-image']);
    expect(r.stderr).toMatch(/5 fixes in 1 file/);
    const fixed = readFileSync(join(dir, 'specs/os.md'), 'utf8');
    // Undo the known edits: what is left must be the seed, byte for byte.
    const undone = fixed
      .replace('with 20 tools across', 'with 28 tools across')
      .replace('"supabase": 4', '"supabase": 5')
      .replace('"n8n": 3', '"n8n": 6')
      .replace('"chatwoot": 3', '"chatwoot": 7')
      .replace('\nsmarterbot.cl {\n    reverse_proxy https://app.smarterbot.cl {\n        header_up Host {upstream_hostport}\n    }\n}\n', '');
    expect(undone).toBe(SEED);
    expect(readFileSync(join(dir, 'specs/versions.lock'), 'utf8')).toBe(LOCK);
    // and the fixed spec still builds a Caddyfile that agrees
    expect((await bolt(['validate', '--format', 'json'], dir)).stdout).toBe(r.stdout);
  });

  it('keeps CRLF line ends and every byte outside the edits', async () => {
    const crlf = SEED.replace(/\n/g, '\r\n');
    const dir = repo(crlf);
    const r = await bolt(['validate', '--fix', '--fix-rule', 'api/tool-count-mismatch'], dir);
    expect(r.code).toBe(0);
    const fixed = readFileSync(join(dir, 'specs/os.md'), 'utf8');
    expect(fixed.split('\r\n')).toHaveLength(crlf.split('\r\n').length);
    expect(fixed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(changedLines(crlf.split('\r\n').join('\n'), fixed.split('\r\n').join('\n'))).toEqual([
      'Returns auto-generated tool catalog with 20 tools across 5 categories.',
      '  "supabase": 4,',
      '  "n8n": 3,',
      '  "chatwoot": 3,',
    ]);
  });

  it('--fix-dry-run prints the unified diff and writes nothing; --fix-rule limits it', async () => {
    const dir = repo(SEED);
    const r = await bolt(['validate', '--fix-dry-run', '--fix-rule', 'routing/caddyfile-drift'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--- a/specs/os.md\n+++ b/specs/os.md\n');
    expect(r.stdout).toContain('+smarterbot.cl {\n');
    expect(r.stdout).not.toContain('20 tools');
    expect(readFileSync(join(dir, 'specs/os.md'), 'utf8')).toBe(SEED);
    const bad = await bolt(['validate', '--fix', '--fix-rule', 'api/tool-count-mismatc'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean `api\/tool-count-mismatch`/);
  });
});

describe('fixes of the other rules', () => {
  it('meta/version-mismatch and meta/date-mismatch follow the header; lock/tag-mismatch and lock/missing-entry write the lock through its Document (comments kept)', async () => {
    const os = SEED.replace('### **v1.2.0** (2025-11-23)', '### **v1.1.9** (2025-11-22)').replace('`redis:7`', '`redis:7.2`').replace('`vault:1.15`', '`hashicorp/vault:1.16`');
    const lock = LOCK.replace('  vault: { image: vault, tag: "1.15" }\n', '').replace('version: "1.2.0"', 'version: "1.1.0"');
    const dir = repo(os, lock);
    const r = await bolt(['validate', '--fix', '--format', 'json'], dir);
    expect(ids(r.stdout)).toEqual(['inventory/unpinned-image', 'deploy/missing-required-env', 'deploy/missing-required-env', 'inventory/unpinned-image']);
    expect(readFileSync(join(dir, 'specs/os.md'), 'utf8')).toContain('### **v1.2.0** (2025-11-23)');
    const fixedLock = readFileSync(join(dir, 'specs/versions.lock'), 'utf8');
    expect(changedLines(lock, fixedLock).filter((l) => l !== '')).toEqual(['os: { name: SmarterOS, version: "1.2.0" }', '  redis: { image: redis, tag: "7.2" }', '  vault: { image: hashicorp/vault, tag: "1.16" }']);
    expect(fixedLock.split('\n').slice(0, 2)).toEqual(LOCK.split('\n').slice(0, 2)); // comments kept
  });

  it('inventory/unpinned-image writes the lock pin into the inventory cell', async () => {
    const dir = repo(SEED, LOCK.replace('chatwoot: { image: chatwoot/chatwoot, tag: latest }', 'chatwoot: { image: chatwoot/chatwoot, tag: v3.14.1 }'));
    const r = await bolt(['validate', '--fix', '--fix-rule', 'inventory/unpinned-image'], dir);
    expect(r.code).toBe(0);
    expect(changedLines(SEED, readFileSync(join(dir, 'specs/os.md'), 'utf8'))).toEqual(['| `chatwoot` | `chatwoot/chatwoot:v3.14.1` | 3000 | Conversational CRM | 🟡 Planned |']);
  });

  it('encoding/mojibake re-decodes the garbled sequences and nothing else', async () => {
    const garble = (s: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));
    const os = SEED.replace('8001→8000', `8001${garble('→')}8000`).replace('✅ Running |\n| `postgres`', `${garble('✅')} Running |\n| \`postgres\``);
    expect(os).not.toBe(SEED);
    const dir = repo(os);
    const r = await bolt(['validate', '--fix', '--fix-rule', 'encoding/mojibake'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'specs/os.md'), 'utf8')).toBe(SEED);
  });
});

describe('fix selection', () => {
  const sources = { 'a.md': 'one KEY=••••• two\nline two\n' };
  const d = (line: number, column: number, endColumn: number, text: string, ruleId = 'x/y'): Diagnostic => ({
    ruleId,
    severity: 'warning',
    message: 'm',
    fixes: [{ title: 't', edits: [{ file: 'a.md', line, column, endLine: line, endColumn, text }] }],
  });

  it('never takes an edit over a masked secret or one that writes the mask', () => {
    expect(chooseFixes([d(1, 5, 14, 'KEY=x')], sources)).toEqual([]);
    expect(chooseFixes([d(2, 1, 5, '•••')], sources)).toEqual([]);
    expect(chooseFixes([d(2, 1, 5, 'LINE')], sources)).toHaveLength(1);
  });

  it('takes the first of overlapping fixes only, and filters by rule', () => {
    expect(chooseFixes([d(2, 1, 5, 'A'), d(2, 3, 7, 'B'), d(2, 6, 9, 'C')], sources).map((c) => c.fix.edits[0]!.text)).toEqual(['A', 'C']);
    expect(chooseFixes([d(2, 1, 5, 'A', 'r/one'), d(2, 6, 9, 'C', 'r/two')], sources, 'r/two').map((c) => c.fix.edits[0]!.text)).toEqual(['C']);
  });

  it('applies edits to the text on disk: BOM, CRLF and lone CR kept', () => {
    const e = { file: 'a.md', line: 2, column: 1, endLine: 2, endColumn: 5, text: 'LINE\nmore' };
    expect(applyEdits('\ufeffone\r\nline two\r\n', [e])).toBe('\ufeffone\r\nLINE\r\nmore two\r\n');
    expect(applyEdits('one\nline two\n', [e])).toBe('one\nLINE\nmore two\n');
    expect(applyEdits('\ufeffone\nline\n', [{ ...e, line: 1, endLine: 1, endColumn: 4, text: 'ONE' }])).toBe('\ufeffONE\nline\n');
  });
});
