/** Keeps the rule files, the registry, docs/rules.md and the fixture tests in step. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parseRuleDocs, rulesIndex } from '../../src/rules/docs.js';
import { RULES } from '../../src/rules/index.js';

const root = new URL('../..', import.meta.url).pathname;

describe('the rule registry', () => {
  const ids = RULES.map((r) => r.id);

  it('is sorted by id, without duplicates', () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every rule file, and every rule lives at src/rules/<id>.ts', async () => {
    const files = (await fg('src/rules/*/*.ts', { cwd: root, ignore: ['src/rules/lib/**'] })).map((f) => f.replace(/^src\/rules\/|\.ts$/g, '')).sort();
    expect(files).toEqual(ids);
  });

  it('has a fixture test per rule', () => {
    for (const id of ids) expect(existsSync(`${root}test/rules/${id}.test.ts`), `test/rules/${id}.test.ts`).toBe(true);
  });

  it('declares metadata for every rule: severity, description, messages with hints', () => {
    for (const r of RULES) {
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(r.description.length, r.id).toBeGreaterThan(10);
      const messages = Object.values(r.messages);
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.some((m) => m.hint), `${r.id} has a hint`).toBe(true);
      for (const m of messages) if (m.hint) expect(m.text, r.id).toMatch(/^(Unexpected |\{\{message\}\})/);
    }
  });

  it('has docs/rules.md index table as the registry says (regenerate the table with BOLT_UPDATE_DOCS=1)', () => {
    const path = `${root}docs/rules.md`;
    const doc = readFileSync(path, 'utf8');
    const table = /^\| rule \| default \| fires when \|\n(?:\|.*\n)*/m;
    expect(doc).toMatch(table);
    if (process.env.BOLT_UPDATE_DOCS === '1') writeFileSync(path, doc.replace(table, `${rulesIndex()}\n`));
    expect(readFileSync(path, 'utf8')).toContain(`${rulesIndex()}\n\n`);
  });

  it('has one section per rule in docs/rules.md, in registry order: severity, "fires when", what it catches, an example, the fix', () => {
    const docs = parseRuleDocs(readFileSync(`${root}docs/rules.md`, 'utf8'));
    expect([...docs.keys()]).toEqual(ids);
    for (const r of RULES) {
      const d = docs.get(r.id)!;
      expect({ severity: d.severity, firesWhen: d.firesWhen }, r.id).toEqual({ severity: r.severity, firesWhen: r.description });
      expect(d.catches.length, `${r.id}: what it catches`).toBeGreaterThan(20);
      expect(d.example.length, `${r.id}: example`).toBeGreaterThan(0);
      expect(d.fix.length, `${r.id}: fix`).toBeGreaterThan(5);
    }
  });

  it('reads a rule section back as written (Markdown kept, a fence inside the example, a missing part left empty)', () => {
    const page = [
      '# Rules',
      '',
      '## `a/one`',
      '',
      '**Default severity:** warning  ',
      '**Fires when:** Something `odd`.',
      '',
      'First paragraph with `code`.',
      '',
      'Second paragraph.',
      '',
      '**Example**',
      '',
      '~~~~',
      '```caddy',
      'x {',
      '}',
      '```',
      '~~~~',
      '',
      '**Fix:** Do `this`.',
      '',
      '## `b/two`',
      '',
      '**Default severity:** error  ',
      '**Fires when:** Never.',
      '',
      'Only prose.',
      '',
      '## Not a rule',
    ].join('\n');
    const docs = parseRuleDocs(page);
    expect([...docs.keys()]).toEqual(['a/one', 'b/two']);
    expect(docs.get('a/one')).toEqual({
      severity: 'warning',
      firesWhen: 'Something `odd`.',
      catches: 'First paragraph with `code`.\n\nSecond paragraph.',
      example: '```caddy\nx {\n}\n```',
      fix: 'Do `this`.',
    });
    expect(docs.get('b/two')).toMatchObject({ severity: 'error', catches: '', example: '', fix: '' });
  });
});

describe('readRuleDocs', () => {
  it('gives no docs, not an error, for a package copy without docs/rules.md', async () => {
    const { readRuleDocs } = await import('../../src/rules/docs.js');
    expect(readRuleDocs(`${root}no-such-folder/rules.md`).size).toBe(0);
    expect(readRuleDocs().size).toBe(RULES.length);
  });
});
