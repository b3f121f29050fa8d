/**
 * Flags are declared once: help, parsing and docs/cli.md (and the README's command table) come
 * from the same declarations. Regenerate the docs with BOLT_UPDATE_DOCS=1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/main.js';
import { loadCommands, renderCliDoc, renderCommandTable, replaceBetween } from '../../src/cli/reference.js';
import { bolt } from '../helpers/cli.js';

const root = new URL('../..', import.meta.url).pathname;
const NAMES = Object.keys(COMMANDS);

describe('command declarations', () => {
  it('each command file declares the command of its registry name, with described flags and runnable examples', async () => {
    for (const { name, spec } of await loadCommands()) {
      expect(spec.name).toBe(name);
      for (const [flag, f] of Object.entries(spec.flags)) {
        expect(flag, name).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(f.description.length, `${name} --${flag}`).toBeGreaterThan(5);
      }
      expect(spec.examples.some((e) => e.startsWith(`bolt ${name}`)), name).toBe(true);
    }
  });

  it.each(NAMES)('`bolt help %s` prints what `bolt %s --help` prints', async (name) => {
    const a = await bolt(['help', name], root);
    const b = await bolt([name, '--help'], root);
    const c = await bolt(['--help', name], root);
    expect(a.code).toBe(0);
    expect(a).toEqual(b);
    expect(c).toEqual(b);
    expect(a.stdout).toBe(renderHelp((await COMMANDS[name]!.load()).command));
  });

  it('help text lists every declared flag', async () => {
    for (const { name, spec } of await loadCommands()) {
      const help = renderHelp(spec);
      for (const flag of Object.keys(spec.flags)) expect(help, `${name} --${flag}`).toContain(`--${flag}`);
    }
  });
});

describe('generated docs', () => {
  it('docs/cli.md matches the declarations (regenerate with BOLT_UPDATE_DOCS=1)', async () => {
    const path = `${root}docs/cli.md`;
    const text = await renderCliDoc();
    if (process.env.BOLT_UPDATE_DOCS === '1') writeFileSync(path, text);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it.each([
    ['README.md', 'docs/'],
    ['docs/index.md', ''],
  ])("%s's command table matches the declarations (regenerate with BOLT_UPDATE_DOCS=1)", async (file, docs) => {
    const path = `${root}${file}`;
    const updated = replaceBetween(readFileSync(path, 'utf8'), 'commands', await renderCommandTable(docs));
    if (process.env.BOLT_UPDATE_DOCS === '1') writeFileSync(path, updated);
    expect(readFileSync(path, 'utf8')).toBe(updated);
  });
});
