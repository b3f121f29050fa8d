/**
 * The deployment plan of the generated platform (generators/lib/plan.ts), the wiring it rests on,
 * and the lab tier (issue 18.10): what `docker compose up` would start, told from the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeFiles } from '../../generators/compose.js';
import { deploymentPlan, envKeys, healthBinary } from '../../generators/lib/plan.js';
import { buildFor } from '../../src/model/dockerfile.js';
import { extractSpecs } from '../../src/load/index.js';
import { CASES, generateIn } from './helpers.js';

type Doc = { services: Record<string, Record<string, unknown> & { environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; build?: { context: string; dockerfile: string }; restart?: string }> };

describe('the seed', async () => {
  const files = await generateIn(CASES.seed!, ['compose', 'env-example']);
  const compose = parse(files.find((f) => f.path === 'docker-compose.yml')!.contents) as Doc;
  const env = envKeys(files.find((f) => f.path === '.env.example')!.contents);

  it('starts every default service, and every one with a check becomes healthy', () => {
    const plan = deploymentPlan(compose.services as never, { envFileKeys: env });
    expect(plan.entries.filter((e) => !e.starts || e.healthy === false)).toEqual([]);
    expect(plan.summary).toEqual({ services: 6, start: 6, healthy: 5, noHealthcheck: 1 });
  });

  it('with the planned profile, only vault (an unpublished tag) stays down', () => {
    const plan = deploymentPlan(compose.services as never, { envFileKeys: env, profiles: ['planned'] });
    expect(plan.entries.filter((e) => !e.starts).map((e) => [e.service, e.reasons[0]])).toEqual([['vault', expect.stringMatching(/`vault:1.15` is not published.*hashicorp\/vault:1.15/)]]);
  });

  it('wires postgres and its clients from Database Schema, passwords as references only', () => {
    expect(compose.services.postgres!.environment).toEqual({ POSTGRES_USER: 'odoo', POSTGRES_DB: 'smarterbot', POSTGRES_PASSWORD: '${POSTGRES_PASSWORD:?set it in .env.production}' });
    expect(compose.services.odoo!.environment).toMatchObject({ HOST: 'postgres', PORT: '5432', USER: 'odoo', PASSWORD: '${POSTGRES_PASSWORD:?set it in .env.production}' });
    expect(compose.services.chatwoot!.environment).toMatchObject({ POSTGRES_HOST: 'postgres', REDIS_URL: 'redis://redis:6379', SECRET_KEY_BASE: '${SECRET_KEY_BASE:?set it in .env.production}' });
    expect(env).toEqual(expect.arrayContaining(['POSTGRES_PASSWORD', 'SECRET_KEY_BASE']));
  });

  it('builds the API from docker/api.Dockerfile and waits for it to start, not to be healthy (no known tools)', () => {
    expect(compose.services.smartapi!.build).toEqual({ context: '..', dockerfile: 'docker/api.Dockerfile' });
    expect(compose.services.smartapi).not.toHaveProperty('healthcheck');
    expect(compose.services.caddy!.depends_on).toEqual({ smartapi: { condition: 'service_started' }, odoo: { condition: 'service_healthy' }, n8n: { condition: 'service_healthy' } });
  });

  it('attaches the env file to the containers that read a spec key, not by group title', () => {
    const withEnvFile = Object.entries(compose.services).filter(([, s]) => 'env_file' in s).map(([n]) => n);
    expect(withEnvFile).toEqual(['smartapi']);
  });

  it('does not restart the lab tool forever', () => {
    const lab = parse(files.find((f) => f.path === 'smarterbolt-lab.yml')!.contents) as Doc;
    expect(lab.services['smarterbolt-lab']!.restart).toBe('on-failure:3');
  });
});

describe('the plan', () => {
  it('refuses what Compose would refuse: a dependency without a healthcheck waited on as healthy', () => {
    const plan = deploymentPlan({ a: { image: 'ghcr.io/x/a:1' }, b: { image: 'caddy:2.8', depends_on: { a: { condition: 'service_healthy' } } } });
    expect(plan.entries.find((e) => e.service === 'b')).toMatchObject({ starts: false, reasons: [expect.stringMatching(/`a` to be healthy/)] });
  });

  it('does not trust a healthcheck binary the image does not ship', () => {
    const plan = deploymentPlan({ n8n: { image: 'n8nio/n8n:1.75', healthcheck: { test: ['CMD', 'curl', '-f', 'http://localhost:5678/healthz'] } } });
    expect(plan.entries[0]).toMatchObject({ starts: true, healthy: false, reasons: [expect.stringMatching(/`curl`, which `n8nio\/n8n:1.75` does not ship/)] });
    expect(healthBinary('wget -q -O- http://x')).toBe('wget');
  });
});

describe('locally built images (Directory Structure)', () => {
  const spec = (tree: string[], tier = 'Production Services', image = 'Custom (Go 1.22)'): string =>
    ['# Acme - Builds', '', '## Container Inventory', '', `### ${tier}`, '', '| Container | Image | Port(s) | Purpose | Status |', '|---|---|---|---|---|', `| \`api\` | ${image} | 8080 | API | ✅ Running |`, '', '## Directory Structure', '', '```', ...tree, '```', ''].join('\n');

  it('finds a Dockerfile in a sibling folder of the repository and builds with that folder as context', () => {
    const { model } = extractSpecs([{ file: 'specs/os.md', text: spec(['/srv/', '├── platform/', '│   ├── specs/', '│   └── docker-compose.yml', '└── api/', '    └── Dockerfile']) }]);
    expect(buildFor(model, model.inventory!.tiers[0]!.containers[0]!, 'docker-compose.yml')).toEqual({ context: '../../api', dockerfile: 'Dockerfile' });
  });

  it('leaves a lab service out, named in the comment, when no Dockerfile is known for it', () => {
    const tree = ['repo/', '├── specs/', '└── scripts/'];
    const { model } = extractSpecs([{ file: 'specs/os.md', text: spec(tree, 'Development/Lab Services') }]);
    expect(composeFiles(model, undefined)).toEqual([]);
    const { model: withWeb } = extractSpecs([{ file: 'specs/os.md', text: spec(tree, 'Development/Lab Services').replace('| `api` |', '| `web` | `nginx:1.27` | 80 | Web | ✅ Running |\n| `api` |') }]);
    const [file] = composeFiles(withWeb, undefined);
    expect(file!.contents).toMatch(/# Left out: api \(built locally, and the Directory Structure shows no Dockerfile for it/);
    expect(Object.keys((parse(file!.contents) as Doc).services)).toEqual(['web']);
  });
});
