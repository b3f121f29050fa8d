/** Keeps the error catalogue, the code that throws its errors and docs/errors.md in step. */
import { readFileSync, writeFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, type ErrorName, catalogueEntry } from '../../src/errors/index.js';
import { renderErrorsDoc } from '../../src/errors/docs.js';

const root = new URL('../..', import.meta.url).pathname;
const names = Object.keys(CATALOGUE) as ErrorName[];

/** `boltError('Name'` calls in src/ and generators/, by name. */
async function uses(): Promise<Map<string, string[]>> {
  const files = await fg(['src/**/*.ts', 'generators/**/*.ts'], { cwd: root });
  const found = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    for (const m of text.matchAll(/boltError\(\s*'([A-Za-z0-9]+)'/g)) found.set(m[1]!, [...(found.get(m[1]!) ?? []), file]);
  }
  return found;
}

describe('the error catalogue', () => {
  it('names errors in PascalCase, sorted within each kind', () => {
    for (const n of names) expect(n).toMatch(/^[A-Z][A-Za-z0-9]+$/);
    for (const kind of ['usage', 'input', 'output', 'generator']) {
      const inKind = names.filter((n) => CATALOGUE[n].kind === kind);
      expect(inKind).toEqual([...inKind].sort());
    }
  });

  it('gives every entry a title, a description, a message in the project grammar and a hint', () => {
    for (const n of names) {
      const e = catalogueEntry(n);
      expect(e.title.length, n).toBeGreaterThan(3);
      expect(e.description.length, n).toBeGreaterThan(10);
      const message = e.message(e.example);
      expect(message, n).toMatch(/^(Unexpected|Missing) /);
      if (message.startsWith('Unexpected ')) expect(message, n).toContain(', expected ');
      expect(message, n).not.toMatch(/^Error|\n/);
      const hint = typeof e.hint === 'function' ? e.hint(e.example) : e.hint;
      expect(hint.length, n).toBeGreaterThan(5);
    }
  });

  it('is used: every entry is thrown somewhere in src/ or generators/, and every thrown name is in it', async () => {
    const used = await uses();
    for (const n of names) expect(used.has(n), `${n} is never thrown`).toBe(true);
    for (const [n, files] of used) expect(names, `${n} (${files.join(', ')})`).toContain(n);
  });

  it('is the only way errors are made: no `new BoltError(` outside src/errors', async () => {
    const files = await fg(['src/**/*.ts', 'generators/**/*.ts'], { cwd: root, ignore: ['src/errors/**'] });
    const offenders = files.filter((f) => readFileSync(`${root}${f}`, 'utf8').includes('new BoltError('));
    expect(offenders).toEqual([]);
  });

  it('matches docs/errors.md (regenerate with BOLT_UPDATE_DOCS=1)', () => {
    const path = `${root}docs/errors.md`;
    if (process.env.BOLT_UPDATE_DOCS === '1') writeFileSync(path, renderErrorsDoc());
    const doc = readFileSync(path, 'utf8');
    expect(doc).toBe(renderErrorsDoc());
    for (const n of names) expect(doc).toContain(`### \`${n}\``);
  });
});
