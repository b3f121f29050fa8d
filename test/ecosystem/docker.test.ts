/**
 * docker/BoltLab.Dockerfile, linted structurally (no Docker engine or hadolint here): pinned base,
 * multi-stage, production dependencies only, non-root user, `bolt` as the entrypoint, and every
 * file it copies exists in the build context.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
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
