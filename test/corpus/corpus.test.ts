/**
 * The corpus (issue 14's acceptance, `npm run test:corpus`): every repository of
 * test/fixtures/corpus/ reports exactly its planted findings at their lines (no false positive,
 * no false negative, no wrong position), keeps every row (counts), and every clean one builds:
 * its Caddyfile passes `caddy adapt --validate`, its compose files pass `docker-compose config -q`
 * and the Compose Specification schema, and parse(render(model)) equals the model. Precision and
 * recall over the corpus are printed. See harness.ts for `pendingOn`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderSpec } from '../../generators/os-md/render.js';
import { extractSpecs } from '../../src/load/index.js';
import { comparable } from '../../src/snapshot/positions.js';
import { COMPOSE_SCHEMA, composeSchemaValidator } from '../generators/helpers.js';
import { bolt } from '../helpers/cli.js';
import {
  CORPUS,
  corpusRepos,
  type Expected,
  formatSummary,
  type PendingCheck,
  readExpected,
  type RepoScore,
  runRepo,
  scoreRepo,
  summarize,
} from './harness.js';

const run = promisify(execFile);
const onPath = (bin: string): boolean => (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, bin)));
const hasCaddy = onPath('caddy');
const hasCompose = onPath('docker-compose');
const hasSchema = existsSync(COMPOSE_SCHEMA);

const REPOS = corpusRepos();
const CLEAN = REPOS.filter((r) => readExpected(r).clean);
const scores: RepoScore[] = [];
const expectations: Expected[] = [];

afterAll(() => {
  if (scores.length === REPOS.length) console.log(formatSummary(summarize(scores, expectations), scores));
});

it('has at least 13 repositories, about half of them clean', () => {
  const clean = REPOS.filter((r) => readExpected(r).clean).length;
  expect(REPOS.length).toBeGreaterThanOrEqual(13);
  expect(clean).toBeGreaterThanOrEqual(Math.floor(REPOS.length / 2) - 1);
  expect(REPOS.length - clean).toBeGreaterThanOrEqual(Math.floor(REPOS.length / 2) - 1);
});

describe.each(REPOS)('%s', (repo) => {
  const expected = readExpected(repo);
  const pendingCheck = (check: PendingCheck['check']) => expected.pendingChecks?.find((c) => c.check === check);

  it('reports exactly its planted findings and keeps every row', async () => {
    const { loaded, diagnostics } = await runRepo(repo);
    const score = scoreRepo(repo, expected, diagnostics, loaded.model);
    scores.push(score);
    expectations.push(expected);
    if (expected.clean) expect(expected.findings.filter((f) => !f.pendingOn)).toEqual([]);
    expect({
      falsePositives: score.falsePositives.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`),
      falseNegatives: score.falseNegatives.map((e) => `${e.ruleId} ${e.file}:${e.line} (${e.why})`),
      trapsHit: score.trapsHit.map((t) => `${t.ruleId} ${t.file}:${t.line} (${t.why})`),
      countMismatches: score.countMismatches,
    }).toEqual({ falsePositives: [], falseNegatives: [], trapsHit: [], countMismatches: [] });
  });

  describe.runIf(expected.clean)('clean', () => {
    it('parse(render(model)) equals the model', async () => {
      if (pendingCheck('roundtrip')) return;
      const { loaded } = await runRepo(repo);
      const text = renderSpec(loaded.model);
      const back = extractSpecs([{ file: 'out/os.md', text }]);
      expect(back.issues).toEqual([]);
      expect(comparable(back.model)).toEqual(comparable(loaded.model));
    });
  });
});

// One suite, so the builds run concurrently: docker-compose (Python) takes a second or more per file.
// The timeout is a margin for a shared machine; each build takes a few seconds on a quiet one.
describe('clean repositories build', () => {
  it.for(CLEAN)('%s: bolt build succeeds; its Caddyfiles pass caddy adapt, its compose files docker-compose config and the Compose schema', { concurrent: true, timeout: 180_000 }, async (repo, { expect }) => {
    const expected = readExpected(repo);
    const pendingCheck = (check: PendingCheck['check']) => expected.pendingChecks?.find((c) => c.check === check);
    const dir = await mkdtemp(join(tmpdir(), `bolt-corpus-${repo}-`));
    try {
      await cp(join(CORPUS, repo), dir, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
      const built = await bolt(['build', '--no-color'], dir);
      if (pendingCheck('build')) return;
      expect(built.code, built.stderr + built.stdout).toBe(0);

      const out = join(dir, 'out');
      const files = (await readdir(out, { recursive: true })).map(String);
      const checks: Promise<void>[] = [];
      const caddyfiles = files.filter((f) => f.endsWith('Caddyfile'));
      expect(caddyfiles).toContain('Caddyfile');
      if (hasCaddy && !pendingCheck('caddy-adapt')) {
        for (const f of caddyfiles) {
          checks.push(
            run('caddy', ['adapt', '--validate', '--adapter', 'caddyfile', '--config', join(out, f)]).then(
              () => undefined,
              (e: { stderr: string }) => {
                throw new Error(`caddy adapt --validate ${f}: ${e.stderr}`);
              },
            ),
          );
        }
      }
      const composeFiles = files.filter((f) => f.endsWith('.yml'));
      expect(composeFiles).toContain('docker-compose.yml');
      const validateSchema = hasSchema && !pendingCheck('compose-schema') ? composeSchemaValidator() : undefined;
      for (const f of composeFiles) {
        const path = join(out, f);
        const doc = parse(await readFile(path, 'utf8')) as { services?: Record<string, { env_file?: unknown }> };
        if (validateSchema) {
          validateSchema(doc);
          expect(validateSchema.errors ?? [], `${f} against the Compose schema`).toEqual([]);
        }
        // docker-compose reads every env_file: give it the generated .env.example under each name.
        const example = join(dirname(path), '.env.example');
        for (const service of Object.values(doc.services ?? {})) {
          for (const entry of [service.env_file ?? []].flat() as (string | { path: string })[]) {
            const name = typeof entry === 'string' ? entry : entry.path;
            if (existsSync(example)) await writeFile(join(dirname(path), name), await readFile(example));
          }
        }
        // `${KEY:?…}` references are interpolated from the env file the header names
        // (`docker compose --env-file .env.production -f …`): run it that way, with .env.example's keys.
        const envFile = /--env-file (\S+) -f /.exec(await readFile(path, 'utf8'))?.[1];
        if (envFile && existsSync(example)) await writeFile(join(dirname(path), envFile), await readFile(example));
        const envArgs = envFile ? ['--env-file', join(dirname(path), envFile)] : [];
        // A key whose value is a reference to itself or another variable (`ODOO_DB_PASSWORD=${ODOO_DB_PASSWORD}`)
        // comes from the deployer's shell: give each variable so referenced a value, as a deployment would.
        const shell: Record<string, string> = { ...process.env } as Record<string, string>;
        if (existsSync(example)) for (const m of (await readFile(example, 'utf8')).matchAll(/^[A-Za-z_][A-Za-z0-9_]*=['"]?\$\{([A-Za-z_][A-Za-z0-9_]*)/gm)) shell[m[1]!] ??= 'from-the-shell';
        if (hasCompose && !pendingCheck('compose-config')) {
          checks.push(
            run('docker-compose', ['-f', path, ...envArgs, '--profile', 'planned', '--profile', 'stopped', 'config', '-q'], { cwd: dirname(path), env: shell }).then(
              (r) => expect(r.stderr, `docker-compose config ${f}`).toBe(''),
              (e: { stderr: string }) => {
                throw new Error(`docker-compose config -q ${f}: ${e.stderr}`);
              },
            ),
          );
        }
      }
      await Promise.all(checks);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
