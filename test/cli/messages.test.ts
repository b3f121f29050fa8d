/**
 * Messages and help (issue 18.6) and common flags before the command (14.9): "did you mean" for
 * commands, flags and choices; one prefix and hint for every usage error; `bolt help CMD`; the
 * top-level help; check/build/validate messages.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempSpecs } from '../generators/helpers.js';
import { bolt } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempSpecs(ROOT));
});
afterAll(() => cleanup());

async function editSpec(from: string, to: string): Promise<void> {
  const file = join(dir, 'specs/os.md');
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe('common flags before or after the command', () => {
  it('`bolt --cwd DIR validate` runs validate in DIR, as `bolt validate --cwd DIR` does', async () => {
    const before = await bolt(['--cwd', dir, 'validate', '--format', 'json', '--fail-on', 'never'], '/');
    const after = await bolt(['validate', '--format', 'json', '--fail-on', 'never', '--cwd', dir], '/');
    expect(before.code, before.stderr).toBe(0);
    expect(before).toEqual(after);
    expect(JSON.parse(before.stdout).summary.warnings).toBeGreaterThan(0);
    const quiet = await bolt(['-q', '--no-color', '--cwd', dir, 'parse'], '/');
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('rejects a command flag before the command, saying where it goes', async () => {
    const r = await bolt(['--out', 'x', 'build'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bolt: Unexpected flag `--out`/);
    expect(r.stderr).toContain('hint: only common flags may come before the command');
  });
});

describe('did you mean', () => {
  it.each([
    [['biuld'], /^bolt: Unexpected command `biuld`, expected one of `parse`/, 'did you mean `bolt build`?'],
    [['build', '--focre'], /^bolt build: Unexpected flag `--focre`/, 'did you mean `--force`?'],
    [['--cdw', '.', 'parse'], /^bolt: Unexpected flag `--cdw`/, 'did you mean `--cwd`?'],
    [['validate', '--format', 'jsno'], /^bolt validate: Unexpected value `jsno` for `--format`, expected one of `pretty`, `json`/, 'did you mean `--format json`?'],
    [['build', '--only', 'compse'], /^bolt build: Unexpected value `compse` for `--only`/, 'did you mean `--only compose`?'],
  ])('%j', async (args, message, hint) => {
    const r = await bolt(args, dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(`  hint: ${hint}`);
  });
});

describe('usage errors share one prefix and a hint', () => {
  it.each([
    [['build', '--only', 'bogus'], 'bolt build: Unexpected value `bogus` for `--only`'],
    [['changes', '--format', 'yaml', '1.0.0'], 'bolt changes: Unexpected value `yaml` for `--format`, expected one of `pretty`, `json`, `markdown`'],
    [['changes'], 'bolt changes: Missing argument `FROM`, expected `bolt changes FROM [TO]`'],
    [['changes', '9.9.9'], 'bolt changes: Unexpected snapshot `9.9.9`'],
    [['snapshot'], 'bolt snapshot: Missing `--release`, expected `--release X.Y.Z`'],
    [['check', '--out'], 'bolt check: Missing value for `--out`, expected `--out DIR`'],
    [['parse', 'extra'], 'bolt parse: Unexpected argument `extra`, expected no arguments'],
    [['build', '--force=yes'], 'bolt build: Unexpected value `yes` for `--force`, expected the flag alone'],
    [['verify', '--only', 'tcp,nope'], 'bolt verify: Unexpected value `nope` for `--only`'],
    [['watch', '--debounce', 'soon'], 'bolt watch: Unexpected value `soon` for `--debounce`'],
  ])('%j', async (args, message) => {
    const r = await bolt(args, dir);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.startsWith(message), r.stderr).toBe(true);
    expect(r.stderr).toMatch(/\n  hint: \S/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('help', () => {
  it('`bolt help build` shows build\'s help; `bolt help nope` suggests', async () => {
    const help = await bolt(['help', 'build'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: bolt build /);
    expect(help).toEqual(await bolt(['build', '--help'], dir));
    const wrong = await bolt(['help', 'chek'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('did you mean `bolt check`?');
  });

  it('the top-level help lists commands, common flags, examples and --version', async () => {
    const r = await bolt(['--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Common flags (before or after the command):');
    for (const flag of ['--spec GLOB', '--lock FILE', '--config FILE', '--cwd DIR', '--quiet', '--no-color', '--help', '--version']) expect(r.stdout, flag).toContain(flag);
    expect(r.stdout).toMatch(/^Examples:\n {2}bolt /m);
    expect(r.stdout).toContain('bolt help <command>');
    expect(await bolt(['help'], dir)).toEqual(r);
  });
});

describe('command messages', () => {
  it('`check --out` of a folder that does not exist says so, in one line', async () => {
    const r = await bolt(['check', '--out', 'nonexistent', '--no-color'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ the output folder nonexistent does not exist');
    expect(r.stdout).toContain('hint: build it with `bolt build --out nonexistent`');
    expect(r.stdout).not.toContain('@@');
  });

  it('`check` hides the manifest hash lines, and does not suggest `bolt build` when build would refuse', async () => {
    expect((await bolt(['build', '--quiet'], dir)).code).toBe(0);
    const caddyfile = join(dir, 'out/Caddyfile');
    await writeFile(caddyfile, `${await readFile(caddyfile, 'utf8')}# hand edit\n`);
    await editSpec('n8n.smarterbot.cl       → Caddy → n8n:5678', 'n8n.smarterbot.cl       → Caddy → n8n:5678 (planned)');
    const r = await bolt(['check', '--no-color'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('.bolt-manifest.json: changed: the record of generated files');
    expect(r.stdout).not.toMatch(/"sha256"/);
    expect(r.stdout).toContain('`bolt build` would refuse to overwrite the hand edits');
    expect(r.stdout).not.toContain('hint: run `bolt build`');
    await editSpec('n8n.smarterbot.cl       → Caddy → n8n:5678 (planned)', 'n8n.smarterbot.cl       → Caddy → n8n:5678');
  });

  it('`build --force --quiet` still prints the validation errors it built past', async () => {
    await editSpec('odoo.smarterbot.cl      → Caddy → odoo:8069', 'odoo.smarterbot.cl      → Caddy → ghost:8069');
    const r = await bolt(['build', '--force', '--quiet', '--no-color', '--out', 'forced'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('routing/unknown-upstream');
    expect(r.stderr).toContain('written despite 1 validation error(s)');
    const check = await bolt(['check', '--out', 'forced', '--no-color'], dir);
    expect(check.stdout).not.toContain('hint: run `bolt build`');
    await editSpec('odoo.smarterbot.cl      → Caddy → ghost:8069', 'odoo.smarterbot.cl      → Caddy → odoo:8069');
  });

  it('`validate --format json` carries hint and cause (keeping the contract fields first)', async () => {
    await editSpec('| `odoo` | `odoo:19` | 8069 | ERP/CRM system | ✅ Running |', '| `odoo` | `odoo:19` | 8069 | ERP/CRM system | ✅ Running |\n| `odoo` | `odoo:19` | 8069 | ERP/CRM system | ✅ Running |');
    const r = await bolt(['validate', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: Record<string, unknown>[] };
    const dup = diagnostics.find((d) => d.ruleId === 'inventory/duplicate-service')!;
    expect(Object.keys(dup).slice(0, 8)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn']);
    expect(typeof dup.hint).toBe('string');
    expect(dup.cause).toEqual({ message: expect.any(String), file: 'specs/os.md', line: 28, column: expect.any(Number) });
  });
});
