/**
 * The real validators: every generated compose file passes `docker-compose config -q` and the
 * Compose Specification schema (the one Debian's docker-compose package ships), and every
 * Caddyfile passes `caddy adapt --validate` and is already formatted as `caddy fmt` would.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { GeneratedFile } from '../../src/write/index.js';
import { CASES, COMPOSE_SCHEMA, composeSchemaValidator, generateIn } from './helpers.js';

const run = promisify(execFile);
const onPath = (bin: string): boolean => (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, bin)));
const hasCompose = onPath('docker-compose');
const hasCaddy = onPath('caddy');
if (!existsSync(COMPOSE_SCHEMA)) console.warn(`skipping the Compose schema test: ${COMPOSE_SCHEMA} is missing (apt-get install docker-compose)`);
if (!hasCompose) console.warn('skipping docker-compose config: docker-compose is not installed (apt-get install docker-compose)');
if (!hasCaddy) console.warn('skipping caddy adapt/fmt: caddy is not installed (apt-get install caddy)');

describe.each(Object.entries(CASES))('%s', (_name, cwd) => {
  let dir: string;
  let files: GeneratedFile[];
  const composeFiles = (): GeneratedFile[] => files.filter((f) => f.path.endsWith('.yml'));
  const caddyfiles = (): GeneratedFile[] => files.filter((f) => f.path.endsWith('Caddyfile'));

  beforeAll(async () => {
    files = await generateIn(cwd);
    dir = await mkdtemp(join(tmpdir(), 'bolt-validators-'));
    for (const f of files) {
      await mkdir(dirname(join(dir, f.path)), { recursive: true });
      await writeFile(join(dir, f.path), f.contents);
      // docker-compose reads env_file and build contexts: give it the real files' stand-ins.
      if (f.path.endsWith('.env.example')) {
        for (const name of ['.env.production', '.env.acme']) await writeFile(join(dirname(join(dir, f.path)), name), f.contents);
      }
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(!existsSync(COMPOSE_SCHEMA))('compose files are valid against the Compose Specification schema', () => {
    const validate = composeSchemaValidator();
    expect(composeFiles().length).toBeGreaterThan(1);
    for (const f of composeFiles()) {
      const ok = validate(parse(f.contents));
      expect(validate.errors ?? [], f.path).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  // One docker-compose (Python) process per file, run side by side: each takes seconds on a loaded machine.
  it.skipIf(!hasCompose)('docker-compose config -q accepts every compose file, all profiles on', async () => {
    const results = await Promise.all(
      composeFiles().map(async (f) => {
        // `${KEY:?…}` references are interpolated from the env file, as the file's header says to run it.
        const envFile = [join(dirname(join(dir, f.path)), '.env.production'), join(dirname(join(dir, f.path)), '.env.acme')].find((p) => existsSync(p));
        const args = ['-f', join(dir, f.path), ...(envFile ? ['--env-file', envFile] : []), '--profile', 'planned', '--profile', 'stopped', 'config', '-q'];
        const result = await run('docker-compose', args, { cwd: dir }).catch((e: { stderr: string }) => e);
        return [f.path, (result as { stderr: string }).stderr] as const;
      }),
    );
    for (const [path, stderr] of results) expect(stderr, path).toBe('');
  }, 120_000);

  it.skipIf(!hasCaddy)('caddy adapt --validate accepts every Caddyfile', async () => {
    expect(caddyfiles().length).toBeGreaterThan(0);
    for (const f of caddyfiles()) {
      const result = await run('caddy', ['adapt', '--validate', '--adapter', 'caddyfile', '--config', join(dir, f.path)]).catch((e: { stderr: string; code: number }) => e);
      expect('code' in result ? (result as { stderr: string }).stderr : '', f.path).toBe('');
      expect((result as { stderr: string }).stderr, f.path).not.toMatch(/not formatted/);
    }
  });

  it.skipIf(!hasCaddy)('every Caddyfile is formatted as caddy fmt formats it', async () => {
    for (const f of caddyfiles()) {
      const { stdout } = await run('caddy', ['fmt', join(dir, f.path)]);
      expect(stdout, f.path).toBe(f.contents);
    }
  });
});
