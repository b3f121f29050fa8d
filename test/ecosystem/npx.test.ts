/**
 * Supply chain: nothing Bolt Lab tells a user to run may let npx resolve `bolt` from the registry,
 * where an unrelated package of that name exists (an MCP client runs its command without a
 * terminal, so npx would install it without asking). Allowed: `npx --no-install bolt …` (fails
 * instead of downloading) and the local bin `./node_modules/.bin/bolt`. Checked: the README and
 * docs (fenced blocks: commands and client configurations), every template, the CLI sources and
 * their `--help` output, the CI scripts, and what `bolt init` prints.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bolt } from '../helpers/cli.js';
import { ROOT, tempDir } from './helpers.js';

const SAFE_FLAG = /^--no-install$|^--no$/;

/** The places in `text` where npx would resolve `bolt` from the registry, as `line: text`. */
export function bareNpxBolt(text: string): string[] {
  const found: string[] = [];
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  // Shell form: npx [flags] bolt …
  for (const m of text.matchAll(/\bnpx((?:\s+-{1,2}[\w-]+(?:=\S+)?)*)\s+bolt(?:@\S*)?(?![\w.-])/g)) {
    const flags = m[1]!.trim().split(/\s+/).filter(Boolean);
    if (!flags.some((f) => SAFE_FLAG.test(f))) found.push(`${lineOf(m.index)}: ${m[0]}`);
  }
  // MCP client configuration form: "command": "npx", "args": [flags…, "bolt", …]
  for (const m of text.matchAll(/"command"\s*:\s*"npx"\s*,\s*"args"\s*:\s*\[((?:\s*"-[^"]*"\s*,)*)\s*"bolt(?:@[^"]*)?"/g)) {
    const flags = [...m[1]!.matchAll(/"([^"]*)"/g)].map((f) => f[1]!);
    if (!flags.some((f) => SAFE_FLAG.test(f))) found.push(`${lineOf(m.index)}: ${m[0].replace(/\s+/g, ' ')}`);
  }
  return found;
}

/** The fenced code blocks of a Markdown text, blank lines elsewhere (so line numbers stay right). */
function fencedOnly(markdown: string): string {
  let inside = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inside = !inside;
        return '';
      }
      return inside ? line : '';
    })
    .join('\n');
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the bare-npx detector', () => {
  it('finds the shell and the JSON forms, and lets the safe ones pass', () => {
    expect(bareNpxBolt('npx bolt mcp')).toHaveLength(1);
    expect(bareNpxBolt('run `npx -y bolt build` then')).toHaveLength(1);
    expect(bareNpxBolt('npx @modelcontextprotocol/inspector npx bolt mcp')).toHaveLength(1);
    expect(bareNpxBolt('{ "command": "npx", "args": ["bolt", "mcp"] }')).toHaveLength(1);
    expect(bareNpxBolt('{ "command": "npx", "args": ["-y", "bolt@latest", "mcp"] }')).toHaveLength(1);
    expect(bareNpxBolt('npx --no-install bolt mcp && npx --no bolt build')).toEqual([]);
    expect(bareNpxBolt('{ "command": "npx", "args": ["--no-install", "bolt", "mcp"] }')).toEqual([]);
    expect(bareNpxBolt('npx bolt-lab x; npx boltx; ./node_modules/.bin/bolt mcp; npx @modelcontextprotocol/inspector ./node_modules/.bin/bolt mcp')).toEqual([]);
  });
});

describe('no bare `npx bolt` in what Bolt Lab tells users to run', () => {
  it('in the README and docs (commands and client configurations)', () => {
    const docs = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    for (const file of docs) expect(bareNpxBolt(fencedOnly(readFileSync(join(ROOT, file), 'utf8'))), file).toEqual([]);
  });

  it('in templates, CLI sources, hooks, CI scripts and workflows', () => {
    const all = ['templates', 'src/cli', 'hooks', '.ci', '.github', 'docker'].flatMap((d) => files(join(ROOT, d)));
    expect(all.length).toBeGreaterThan(20);
    for (const file of all) expect(bareNpxBolt(readFileSync(file, 'utf8')), relative(ROOT, file)).toEqual([]);
  });

  it('in every `--help` and in `bolt mcp --help`, which shows the client configuration by path', async () => {
    const commands = readdirSync(join(ROOT, 'src/cli/commands')).map((f) => f.replace(/\.ts$/, ''));
    for (const args of [['--help'], ...commands.map((c) => [c, '--help'])]) {
      const r = await bolt(args, ROOT);
      expect(r.code, args.join(' ')).toBe(0);
      expect(bareNpxBolt(r.stdout + r.stderr), args.join(' ')).toEqual([]);
    }
    const mcp = await bolt(['mcp', '--help'], ROOT);
    expect(mcp.stdout).toContain('"command": "/path/to/spec-repo/node_modules/.bin/bolt"');
  });

  describe('in what `bolt init` prints', () => {
    let dir: string;
    let cleanup: () => Promise<void>;
    beforeAll(async () => ({ dir, cleanup } = await tempDir('npx')));
    afterAll(() => cleanup?.());

    it('suggests `npx --no-install bolt`', async () => {
      const r = await bolt(['init', 'acme'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('npx --no-install bolt build');
      expect(bareNpxBolt(r.stdout)).toEqual([]);
      const workflow = readFileSync(join(dir, 'acme', '.github/workflows/bolt.yml'), 'utf8');
      expect(bareNpxBolt(workflow)).toEqual([]);
    });
  });
});

describe('`npx --no-install bolt` in a checkout of Bolt Lab itself (what .ci/run and the README run)', () => {
  it('runs: the build leaves the bin executable (tsc writes 0644; npm does not link a project its own bin)', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    expect(statSync(join(ROOT, 'dist/src/cli/bin.js')).mode & 0o111, 'dist/src/cli/bin.js is not executable').toBe(0o111);
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'bolt', '--version'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});
