/**
 * CLI manners across commands: `--help` with examples for every command, `--version`, usage
 * errors that say what to do, NO_COLOR, silence with `--quiet`, and no progress display when the
 * output is not a terminal.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.js';
import { bolt, type CliResult } from '../helpers/cli.js';
import { ROOT, tempDir } from './helpers.js';

const NAMES = Object.keys(COMMANDS);
const ESC = '\x1b[';

/** Runs in-process, failing rather than hanging when a command does not return. */
async function boltWithin(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, ms = 20_000): Promise<CliResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`bolt ${args.join(' ')} did not return within ${ms} ms`)), ms)));
  try {
    return await Promise.race([bolt(args, cwd, env), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  repo = await tempDir('manners');
  const init = await bolt(['init', '--quiet', '--date', '2026-01-15'], repo.dir);
  expect(init.code, init.stderr).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('--version and --help', () => {
  it('prints the package version', async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = await bolt([flag], repo.dir);
      expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('lists every command in `bolt --help`', async () => {
    const r = await bolt(['--help'], repo.dir);
    expect(r.code).toBe(0);
    for (const name of NAMES) expect(r.stdout).toMatch(new RegExp(`^  ${name}\\s`, 'm'));
  });

  it.each(NAMES)('`bolt %s --help` shows usage, the common flags and runnable examples', async (name) => {
    const r = await bolt([name, '--help'], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^Usage: bolt ${name}\\b`));
    expect(r.stdout).not.toMatch(/not implemented/i);
    for (const flag of ['--quiet', '--no-color', '--help']) expect(r.stdout, flag).toContain(flag);
    const examples = /^Examples:\n((?: {2}.*\n?)+)/m.exec(r.stdout);
    expect(examples, 'an Examples: section').not.toBeNull();
    const lines = examples![1]!.split('\n').filter((l) => l.trim() !== '');
    expect(lines.some((l) => l.trim().startsWith(`bolt ${name}`))).toBe(true);
  });
});

describe('usage errors say what to do', () => {
  it.each(NAMES)('`bolt %s --no-such-flag` exits 2 with the flag, a hint and no stack trace', async (name) => {
    const r = await boltWithin([name, '--no-such-flag'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--no-such-flag');
    expect(r.stderr).toMatch(/hint: .*--help/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the unknown command and the fix', async () => {
    const r = await bolt(['biuld'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`biuld`');
    expect(r.stderr).toContain('bolt --help');
  });

  it('points a user outside a spec repository at `bolt init`', async () => {
    const empty = await tempDir('empty');
    try {
      const r = await bolt(['validate'], empty.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('bolt init');
      expect(r.stderr).toContain('hint:');
    } finally {
      await empty.cleanup();
    }
  });
});

describe('colour', () => {
  it('colours validate findings when forced, and never with NO_COLOR or --no-color', async () => {
    // The seed spec has findings, so the pretty report has something to colour.
    const forced = await bolt(['validate', '--fail-on', 'never'], ROOT, { FORCE_COLOR: '1' });
    expect(forced.stdout + forced.stderr).toContain(ESC);
    const noColor = await bolt(['validate', '--fail-on', 'never'], ROOT, { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(noColor.stdout + noColor.stderr).not.toContain(ESC);
    const flag = await bolt(['validate', '--fail-on', 'never', '--no-color'], ROOT, { FORCE_COLOR: '1' });
    expect(flag.stdout + flag.stderr).not.toContain(ESC);
    expect(noColor.stdout).toBe(flag.stdout);
  });

  it.each([['parse'], ['validate'], ['build', '--out', 'out-color'], ['check'], ['changes', '0.0.0']])('`bolt %s` prints no escape codes with NO_COLOR', async (...args) => {
    const r = await boltWithin(args, repo.dir, { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(r.stdout + r.stderr).not.toContain(ESC);
  });
});

describe('--quiet and progress', () => {
  it.each([
    ['parse'],
    ['validate'],
    ['validate', '--fail-on', 'warning'],
    ['build'],
    ['check'],
    ['docs', '--out', 'site'],
  ])('`bolt %s --quiet` succeeds in a clean repository without a word', async (...args) => {
    const r = await boltWithin([...args, '--quiet'], repo.dir, {}, 60_000);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.each([['validate'], ['build', '--out', 'out-progress'], ['docs', '--out', 'site-progress']])(
    '`bolt %s` draws no progress when the output is not a terminal',
    async (...args) => {
      const r = await boltWithin(args, repo.dir, {}, 60_000);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(/\r|\x1b\[2K|\x1b\[\d*[AG]/);
    },
  );
});

describe('machine formats', () => {
  it.each([
    ['parse', '--json'],
    ['validate', '--format', 'json'],
    ['validate', '--format', 'sarif'],
    ['check', '--format', 'json'],
  ])('`bolt %s` prints exactly one JSON document on stdout', async (...args) => {
    const r = await boltWithin([...args], ROOT, { FORCE_COLOR: '1' }, 60_000);
    expect([0, 1]).toContain(r.code);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stdout).not.toContain(ESC);
  });
});

