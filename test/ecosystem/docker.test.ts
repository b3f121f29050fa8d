/**
 * docker/BoltLab.Dockerfile, linted structurally (no Docker engine or hadolint here): pinned base,
 * multi-stage, production dependencies only, non-root user, `bolt` as the entrypoint, and every
 * file it copies exists in the build context. Then its instructions are carried out for real in a
 * temp dir standing in for the image's file system (see "the image, laid out as the Dockerfile
 * says") and the entrypoint is run as the image would run it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, loadSpecs } from '../../src/index.js';
import { ROOT } from './helpers.js';

interface Instruction {
  op: string;
  args: string;
  line: number;
}

/** Dockerfile instructions, continuation lines joined, comments dropped. */
function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending: Instruction | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    const body = line.replace(/\\$/, '').trim();
    if (pending) pending.args += ` ${body}`;
    else {
      const m = /^(\w+)\s+(.*)$/.exec(body);
      if (!m) throw new Error(`line ${i + 1}: cannot read \`${raw}\``);
      pending = { op: m[1]!.toUpperCase(), args: m[2]!, line: i + 1 };
    }
    if (!line.endsWith('\\')) {
      out.push(pending);
      pending = undefined;
    }
  });
  return out;
}

const text = readFileSync(join(ROOT, 'docker/BoltLab.Dockerfile'), 'utf8');
const all = instructions(text);
const args = new Map(all.filter((i) => i.op === 'ARG' && i.args.includes('=')).map((i) => i.args.split('=', 2) as [string, string]));
const expand = (s: string) => s.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => args.get(a ?? b) ?? '');
const stages = all.reduce<Instruction[][]>((acc, i) => (i.op === 'FROM' ? [...acc, [i]] : (acc.at(-1)?.push(i), acc)), []);
const final = stages.at(-1)!;

describe('docker/BoltLab.Dockerfile', () => {
  it('builds from a base pinned by version and digest, never `latest`', () => {
    const froms = all.filter((i) => i.op === 'FROM');
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const f of froms) {
      const image = expand(f.args.split(/\s+/)[0]!);
      expect(image, `line ${f.line}`).toMatch(/^node:\d+\.\d+\.\d+-[a-z-]+@sha256:[a-f0-9]{64}$/);
    }
  });

  it('installs production dependencies only in the runtime stage and copies the compiled code', () => {
    const runs = final.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /npm ci\b.*--omit=dev/.test(r))).toBe(true);
    expect(runs.some((r) => /\btsc\b/.test(r))).toBe(false);
    const fromBuild = final.filter((i) => i.op === 'COPY' && i.args.startsWith('--from=')).map((i) => i.args);
    expect(fromBuild.join('\n')).toContain('dist/src');
    expect(stages.slice(0, -1).flat().some((i) => i.op === 'RUN' && /\btsc\b/.test(i.args))).toBe(true);
  });

  it('runs as a non-root user with `bolt` as the entrypoint', () => {
    const user = final.filter((i) => i.op === 'USER').at(-1);
    expect(user?.args).toBeDefined();
    expect(user!.args).not.toMatch(/^(?:root|0)(?::|$)/);
    const entry = final.find((i) => i.op === 'ENTRYPOINT');
    const argv = JSON.parse(entry!.args) as string[];
    expect(argv[0] === 'bolt' || (argv[0] === 'node' && argv[1]!.endsWith('/dist/src/cli/bin.js'))).toBe(true);
    // `bolt` on the PATH is the package's CLI.
    if (argv[0] === 'bolt') expect(final.some((i) => i.op === 'RUN' && /ln -s \/app\/dist\/src\/cli\/bin\.js \/usr\/local\/bin\/bolt/.test(i.args))).toBe(true);
  });

  it('copies only files that exist in the build context, and the dockerignore keeps them', () => {
    const ignore = readFileSync(join(ROOT, 'docker/BoltLab.Dockerfile.dockerignore'), 'utf8');
    for (const copy of all.filter((i) => i.op === 'COPY' && !i.args.startsWith('--from='))) {
      const sources = copy.args.split(/\s+/).slice(0, -1);
      for (const s of sources) {
        expect(existsSync(join(ROOT, s)), `COPY ${s} (line ${copy.line})`).toBe(true);
        expect(ignore, `${s} is re-included`).toMatch(new RegExp(`^!${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:/\\*\\*)?$`, 'm'));
      }
    }
    // What the runtime needs at run time: package.json (for the version and package root), templates, schemas.
    const copied = final.filter((i) => i.op === 'COPY').map((i) => i.args).join('\n');
    for (const need of ['package.json', 'templates', 'schemas']) expect(copied).toContain(need);
  });
});

describe('the lab compose service', () => {
  it('builds `smarterbolt-lab` from docker/BoltLab.Dockerfile with the repository as the context', async () => {
    const loaded = await loadSpecs({ cwd: ROOT });
    const lab = generate(loaded, {}, { only: ['compose'] }).find((f) => f.path === 'smarterbolt-lab.yml');
    expect(lab, 'out/smarterbolt-lab.yml').toBeDefined();
    const service = (parse(lab!.contents) as { services: Record<string, { build?: { context: string; dockerfile: string } }> }).services['smarterbolt-lab'];
    expect(service?.build).toBeDefined();
    // Compose resolves the context from the compose file's folder (out/), the Dockerfile from the context.
    const context = resolve(ROOT, 'out', service!.build!.context);
    expect(context).toBe(ROOT);
    expect(resolve(context, service!.build!.dockerfile)).toBe(join(ROOT, 'docker/BoltLab.Dockerfile'));
  });
});

/**
 * The image, laid out as the Dockerfile says, in a temp dir standing in for its root: every COPY
 * is carried out (from the build context, or from the build stage), every RUN step is run with the
 * image paths re-rooted, except what needs the network or an engine: `npm ci` becomes a symlink to
 * this repository's node_modules, `npx tsc` copies this repository's compiled `dist/` reset to the
 * 0644 modes tsc writes, and `chown` to the image's `node` user is left out. The entrypoint is then
 * executed through the PATH symlink, as a non-root user when the test runs as root.
 */
describe('the image, laid out as the Dockerfile says', () => {
  const exec = promisify(execFile);
  let root: string;
  const rebase = (p: string, cwd: string): string => (p.startsWith('/') ? join(root, p) : join(cwd, p));

  function runStage(stage: Instruction[], context: string, from: Map<string, string>): string {
    let cwd = root;
    for (const i of stage) {
      if (i.op === 'WORKDIR') mkdirSync((cwd = rebase(i.args, cwd)), { recursive: true });
      if (i.op === 'COPY') {
        const words = i.args.split(/\s+/);
        const fromStage = words[0]!.startsWith('--from=') ? from.get(words.shift()!.slice(7)) : undefined;
        const target = words.pop()!;
        for (const source of words) {
          const src = fromStage ? join(fromStage, source) : join(context, source);
          const dest = target.endsWith('/') ? join(rebase(target, cwd), source.split('/').pop()!) : rebase(target, cwd);
          mkdirSync(dirname(dest), { recursive: true });
          cpSync(src, dest, { recursive: true });
        }
      }
      if (i.op === 'RUN') {
        for (const step of i.args.split(/\s*&&\s*/)) {
          if (/^npm ci\b/.test(step)) symlinkSync(join(ROOT, 'node_modules'), join(cwd, 'node_modules'), 'dir');
          else if (/^npm cache\b|^chown\b/.test(step)) continue;
          else if (/^npx tsc\b/.test(step)) {
            for (const d of ['src', 'generators']) cpSync(join(ROOT, 'dist', d), join(cwd, 'dist', d), { recursive: true });
            chmodSync(join(cwd, 'dist/src/cli/bin.js'), 0o644);
          } else {
            const words = step.split(/\s+/).map((w) => (w.startsWith('/') ? join(root, w) : w));
            const result = execFileSyncish(words, cwd);
            if (result) throw new Error(`line ${i.line}: \`${step}\` failed: ${result}`);
          }
        }
      }
    }
    return root;
  }

  /** Runs one simple command (no shell features beyond words); returns an error text or ''. */
  function execFileSyncish(words: string[], cwd: string): string {
    try {
      execFileSync(words[0]!, words.slice(1), { cwd, stdio: 'pipe' });
      return '';
    } catch (error) {
      return String((error as { stderr?: Buffer }).stderr ?? error);
    }
  }

  beforeAll(async () => {
    expect(existsSync(join(ROOT, 'dist/src/cli/bin.js')), 'run `npm run build` first').toBe(true);
    root = mkdtempSync(join(tmpdir(), 'bolt-image-'));
    chmodSync(root, 0o755);
    mkdirSync(join(root, 'usr/local/bin'), { recursive: true }); // as in the base image
    const stageRoots = new Map<string, string>();
    for (const stage of stages) {
      const name = /\bAS\s+(\S+)/i.exec(stage[0]!.args)?.[1];
      runStage(stage.slice(1), ROOT, stageRoots);
      // The build stage's WORKDIR is where COPY --from reads (its paths are absolute in the image).
      if (name) stageRoots.set(name, root);
    }
  }, 120_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('leaves the CLI executable behind the `bolt` symlink on the PATH', () => {
    const entry = JSON.parse(final.find((i) => i.op === 'ENTRYPOINT')!.args) as string[];
    expect(entry[0]).toBe('bolt');
    const bin = join(root, 'usr/local/bin/bolt');
    expect(statSync(bin).mode & 0o777).toBe(0o755);
    expect(statSync(join(root, 'app/dist/src/cli/bin.js')).mode & 0o111).toBe(0o111);
  });

  it('runs the entrypoint as the image does (exec through PATH, the non-root user, WORKDIR /work)', async () => {
    const user = final.filter((i) => i.op === 'USER').at(-1)!.args;
    const workdir = final.filter((i) => i.op === 'WORKDIR').at(-1)!.args;
    const cwd = join(root, workdir);
    mkdirSync(cwd, { recursive: true });
    // As root here, run as `nobody`, which like the image's `node` user owns none of the files.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const env = { PATH: `${join(root, 'usr/local/bin')}:${process.env.PATH ?? ''}`, NODE_ENV: 'production', NO_COLOR: '1' };
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    const { stdout } = await exec('bolt', ['--version'], { cwd, env, ...asUser });
    expect(stdout.trim()).toBe(version);
    expect(user).toBe('node');
  });

  it('carries what the CLI reads from its package: a new spec repository validates (SARIF with every rule\'s docs) and builds', async () => {
    const cwd = join(root, 'work/repo');
    mkdirSync(cwd, { recursive: true });
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (process.getuid?.() === 0) chownSync(cwd, 65534, 65534);
    const env = { PATH: `${join(root, 'usr/local/bin')}:${process.env.PATH ?? ''}`, NODE_ENV: 'production', NO_COLOR: '1' };
    await exec('bolt', ['init', '.'], { cwd, env, ...asUser });
    const { stdout } = await exec('bolt', ['validate', '--format', 'sarif'], { cwd, env, ...asUser });
    const rules = (JSON.parse(stdout) as { runs: { tool: { driver: { rules: { id: string; help: { markdown: string } }[] } } }[] }).runs[0]!.tool.driver.rules;
    expect(rules.length).toBeGreaterThan(30);
    for (const r of rules) expect(r.help.markdown, r.id).toMatch(/\*\*Example\*\*[^]*\*\*Fix:\*\* \S/);
    await exec('bolt', ['build', '--quiet'], { cwd, env, ...asUser });
    expect(existsSync(join(cwd, 'out/docker-compose.yml'))).toBe(true);
  });
});
