/**
 * `bolt init [DIR]`: scaffold a spec repository that validates and builds at once — a minimal
 * `specs/os.md` in the documented format, `specs/versions.lock`, `bolt.config.yaml`, `.gitignore`,
 * the CI workflow, and a `package.json` that pins Bolt Lab when the folder has none yet.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { boltError } from '../../errors/index.js';
import { isHostname } from '../../model/values.js';
import { packagePath, VERSION } from '../../paths.js';
import { createTemplates } from '../../templates.js';
import { defineCommand } from '../command.js';
import { workDir } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

/** The flags of `bolt init` (besides the common ones). */
const flags = {
  name: { type: 'string', value: 'NAME', description: "platform name for the spec's title (default: DIR's folder name)" },
  domain: { type: 'string', value: 'DOMAIN', description: 'base domain of the routes (default: example.com)' },
  date: { type: 'string', value: 'DATE', description: 'date of version 0.1.0 (default: today, UTC)' },
  force: { type: 'boolean', description: 'overwrite existing files' },
} as const satisfies FlagTable;

/** `bolt init`: its flags, help and run. */
export const command = defineCommand({
  name: 'init',
  args: { usage: '[DIR]', min: 0, max: 1, noun: 'folder' },
  description: `Creates a spec repository in DIR (default: the current folder) that passes \`bolt validate\` and
\`bolt build\` at once:
  specs/os.md                  a minimal platform spec in the documented format
  specs/versions.lock          image pins (with the editor's JSON Schema comment)
  bolt.config.yaml             configuration (with the editor's JSON Schema comment)
  .gitignore
  .github/workflows/bolt.yml   CI: validate (SARIF to code scanning), check, docs artifact
  package.json                 pins bolt-lab as a dev dependency (only when DIR has none)
Existing files are never overwritten (exit 1) unless --force is given.`,
  flags,
  examples: ['bolt init my-platform && cd my-platform && npm install && npx --no-install bolt build', 'bolt init --name Acme --domain acme.io', 'bolt init . --force'],
  exitCodes: '0 created; 1 files exist (nothing written; --force overwrites); 2 bad usage.',
  run,
});

/** A file of the scaffold: its template (under templates/), and where it goes. */
const FILES: { template: string; target: string; render: boolean }[] = [
  { template: 'init/os.md.hbs', target: 'specs/os.md', render: true },
  { template: 'init/versions.lock.hbs', target: 'specs/versions.lock', render: true },
  { template: 'init/bolt.config.yaml', target: 'bolt.config.yaml', render: false },
  // Stored without the dot: npm pack drops `.gitignore` files and may skip dot-folders.
  { template: 'init/gitignore', target: '.gitignore', render: false },
  { template: 'init/github/workflows/bolt.yml', target: '.github/workflows/bolt.yml', render: false },
];

/** What the scaffold is made from. */
export interface ScaffoldOptions {
  name: string;
  domain: string;
  date: string;
}

/** A file to write, relative to the new repository. */
export interface ScaffoldFile {
  path: string;
  contents: string;
}

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'example';
}

/** The scaffold's files, rendered in memory (nothing is written). */
export async function scaffold(options: ScaffoldOptions): Promise<ScaffoldFile[]> {
  const templates = createTemplates();
  const view = { ...options, apiImage: `ghcr.io/${slugOf(options.name)}/api` };
  const files: ScaffoldFile[] = [];
  for (const f of FILES) {
    const contents = f.render ? templates.render(f.template, view) : await readFile(packagePath('templates', f.template), 'utf8');
    files.push({ path: f.target, contents });
  }
  return files;
}

/** The package.json of a new spec repository (only written when the folder has none). */
export function packageJson(name: string): ScaffoldFile {
  const pkg = {
    name: `${slugOf(name)}-specs`,
    private: true,
    scripts: { build: 'bolt build', check: 'bolt check', docs: 'bolt docs', validate: 'bolt validate' },
    devDependencies: { 'bolt-lab': `^${VERSION}` },
  };
  return { path: 'package.json', contents: `${JSON.stringify(pkg, null, 2)}\n` };
}

function checkOptions(name: string, domain: string, date: string): void {
  const where = { command: 'init' };
  if (name.trim() === '' || /[\n\r`|*#]|\s[-–—]\s/.test(name)) {
    throw boltError('InvalidFlagValue', { what: 'name', flag: '--name', value: name, expected: 'a plain platform name such as `Acme`' }, { ...where, flag: '--name', hint: 'pass --name without line breaks, `|`, `*`, `#`, backticks or " - "' });
  }
  if (!isHostname(domain) || !domain.includes('.')) {
    throw boltError('InvalidFlagValue', { what: 'domain', flag: '--domain', value: domain, expected: 'a domain name such as `example.com`' }, { ...where, flag: '--domain', hint: 'pass --domain with the base domain the routes live under' });
  }
  const day = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) {
    throw boltError('InvalidFlagValue', { what: 'date', flag: '--date', value: date, expected: 'a calendar date `YYYY-MM-DD`' }, { ...where, flag: '--date', hint: 'pass --date such as 2026-01-31, or leave it out for today' });
  }
}

/** Writes a file through a temporary sibling and a rename, so a file is never half-written. */
async function writeAtomic(path: string, contents: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temp, contents, 'utf8');
  await rename(temp, path);
}

/** Runs the command. */
async function run({ values, positionals }: Parsed<typeof flags>, env: CliEnv): Promise<number> {
  const base = workDir(values, env);
  const dir = resolve(base, positionals[0] ?? '.');
  const name = values.name ?? basename(dir);
  const domain = (values.domain ?? 'example.com').toLowerCase();
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  checkOptions(name, domain, date);

  const files = await scaffold({ name, domain, date });
  if (!existsSync(join(dir, 'package.json'))) files.push(packageJson(name));
  const existing = files.filter((f) => existsSync(join(dir, f.path))).map((f) => f.path);
  const shown = relative(env.cwd, dir) || '.';
  if (existing.length > 0 && !values.force) {
    env.stderr.write(
      `bolt init: ${shown} already has ${existing.map((p) => `\`${p}\``).join(', ')}; nothing was written\n  hint: pass --force to overwrite them, or choose an empty folder: \`bolt init DIR\`\n`,
    );
    return 1;
  }
  for (const f of files) await writeAtomic(join(dir, f.path), f.contents);

  if (!values.quiet) {
    const cd = shown === '.' ? '' : `cd ${shown} && `;
    env.stdout.write(
      `Created a spec repository in ${shown}:\n${files.map((f) => `  ${f.path}${existing.includes(f.path) ? ' (overwritten)' : ''}`).join('\n')}\n\nNext:\n  ${cd}npm install          # installs bolt-lab (package.json)\n  npx --no-install bolt validate && npx --no-install bolt build\n  edit specs/os.md, run \`npx --no-install bolt build\`, commit specs/ and out/\n`,
    );
  }
  return 0;
}
