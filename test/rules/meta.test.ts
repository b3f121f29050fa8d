/** Keeps the rule files, the registry, docs/rules.md and the fixture tests in step. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../src/rules/docs.js';
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

  it('declares metadata for every rule: severity, description, docs, messages with hints', () => {
    for (const r of RULES) {
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(r.description.length, r.id).toBeGreaterThan(10);
      expect(r.docs.catches && r.docs.example && r.docs.fix, r.id).toBeTruthy();
      const messages = Object.values(r.messages);
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.some((m) => m.hint), `${r.id} has a hint`).toBe(true);
      for (const m of messages) if (m.hint) expect(m.text, r.id).toMatch(/^(Unexpected |\{\{message\}\})/);
    }
  });

  it('matches docs/rules.md (regenerate with BOLT_UPDATE_DOCS=1)', () => {
    const path = `${root}docs/rules.md`;
    if (process.env.BOLT_UPDATE_DOCS === '1') writeFileSync(path, renderRulesDoc());
    const doc = readFileSync(path, 'utf8');
    expect(doc).toBe(renderRulesDoc());
    for (const r of RULES) expect(doc).toContain(`## \`${r.id}\`\n\n**Default severity:** ${r.severity}`);
  });
});
