/**
 * How `.env.example` writes a value (generators/env-example.ts `exampleValue`): Compose's env-file
 * format interpolates unquoted and double-quoted values and reads single-quoted ones literally, so a
 * value that reads another variable must not be single-quoted.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exampleValue } from '../../generators/env-example.js';
import type { SecretKey } from '../../src/model/schema.js';

const key = (value: string): SecretKey => ({ key: 'K', value, placeholder: false, sensitive: false, group: 'G' }) as SecretKey;

describe('exampleValue', () => {
  it.each([
    ['redis://cache:6379/0', 'redis://cache:6379/0'],
    ['${POSTGRES_PASSWORD}', '${POSTGRES_PASSWORD}'],
    ['postgres://app:${DB_PASSWORD}@db:5432/app', 'postgres://app:${DB_PASSWORD}@db:5432/app'],
    ['${POSTGRES_PASSWORD:?fehlt}', '${POSTGRES_PASSWORD:?fehlt}'],
    ['$DB_PASSWORD', '$DB_PASSWORD'],
    ['${GREETING:-hello world}', '"${GREETING:-hello world}"'],
    ['${A} says "hi" \\o/', '"${A} says \\"hi\\" \\\\o/"'],
    ['two words', "'two words'"],
    ['costs $5 a month', "'costs $5 a month'"],
    ['${{ secrets.GITHUB_TOKEN }}', "'${{ secrets.GITHUB_TOKEN }}'"],
  ])('%s is written %s', (value, written) => {
    expect(exampleValue(key(value))).toBe(written);
  });

  it('never single-quotes a value that reads a variable', () => {
    for (const v of ['${X}', 'a ${X} b', '$X/y z', 'jdbc:postgresql://db/${DB}?user=${U}']) expect(exampleValue(key(v))).not.toMatch(/^'/);
  });
});

const hasCompose = (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, 'docker-compose')));

it.runIf(hasCompose)('docker-compose reads the written values as the spec meant them', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'env-example-'));
  try {
    const lines = { A: 'x', REF: '${A}', DEFAULTED: '${MISSING:-hello world}', QUOTED: '${A} says "hi"', LITERAL: 'costs $5 a month' };
    await writeFile(join(dir, '.env'), Object.entries(lines).map(([k, v]) => `${k}=${exampleValue(key(v))}`).join('\n') + '\n');
    await writeFile(join(dir, 'docker-compose.yml'), 'services:\n  s:\n    image: busybox\n    env_file: [.env]\n');
    const { stdout } = await promisify(execFile)('docker-compose', ['config'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    const env = (parse(stdout) as { services: { s: { environment: Record<string, string> } } }).services.s.environment;
    expect(env).toMatchObject({ REF: 'x', DEFAULTED: 'hello world', QUOTED: 'x says "hi"' });
    expect(env.LITERAL).toMatch(/^costs \$+5 a month$/); // config writes a literal `$` as `$$`
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
