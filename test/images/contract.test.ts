/**
 * The proof without a Docker engine: for every catalogue image, the compose service Bolt Lab
 * generates satisfies the image's contract (required env present, as references when secret;
 * config mounted where the image reads it; data directories on volumes; a healthcheck only with a
 * binary the image ships; its ports), and the deployment plan says it starts (and becomes healthy
 * when it has a check).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeFiles } from '../../generators/compose.js';
import { deploymentPlan } from '../../generators/lib/plan.js';
import { IMAGES } from '../../src/images/index.js';
import { containerFacts } from '../../src/images/wiring.js';
import { extractSpecs } from '../../src/load/index.js';

interface Service {
  image?: string;
  environment?: Record<string, string>;
  env_file?: string[];
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const row = (name: string, image: string, ports: string): string => `| \`${name}\` | \`${image}\` | ${ports} | ${name} | ✅ Running |`;

/** A one-tier spec: the image under test as `svc`, plus a PostgreSQL and a Redis it may need, named in Database Schema. */
function specFor(ref: string, ports: string): string {
  return [
    '# Acme - Contract',
    '**Version:** 1.0.0  ',
    '',
    '## Container Inventory',
    '',
    '### Production Services',
    '',
    '| Container | Image | Port(s) | Purpose | Status |',
    '|---|---|---|---|---|',
    row('svc', ref, ports),
    row('pg', 'postgres:16', '5432'),
    row('cache', 'redis:7.2', '6379'),
    '',
    '## Database Schema',
    '',
    '### PostgreSQL (Svc)',
    '',
    '- **Host:** `pg:5432`',
    '- **Database:** `app`',
    '- **User:** `app`',
    '',
    '### Redis (Svc)',
    '',
    '- **Host:** `cache:6379`',
    '',
  ].join('\n');
}

const tagOf = (id: string): string => (id === 'vault' ? '1.13.3' : id === 'minio' ? 'RELEASE.2024-08-17T01-24-54Z' : '1.0');

describe.each(IMAGES.filter((i) => !['postgres', 'redis'].includes(i.id)).concat(IMAGES.filter((i) => ['postgres', 'redis'].includes(i.id))).map((i) => [i.id, i] as const))('%s', (_id, image) => {
  const ref = `${image.repositories[0]}:${tagOf(image.id)}`;
  const ports = image.ports.filter((p) => p.protocol === 'tcp').map((p) => String(p.container)).join(', ') || '-';
  const { model } = extractSpecs([{ file: 'specs/os.md', text: specFor(ref, ports) }]);
  const file = composeFiles(model, undefined).find((f) => f.path === 'docker-compose.yml')!;
  const doc = parse(file.contents) as { services: Record<string, Service> };
  const svc = doc.services.svc!;
  const facts = containerFacts(model.inventory!.tiers[0]!.containers[0]!, undefined)!;
  const env = svc.environment ?? {};

  it('sets the env the image refuses to start without, secrets as references', () => {
    for (const group of facts.requiredEnv) expect(group.some((n) => n in env), `${group.join('|')} in ${JSON.stringify(env)}`).toBe(true);
    const secretNames = new Set(facts.secretEnv.map((s) => s.name));
    for (const [name, value] of Object.entries(env)) if (secretNames.has(name) || /PASSWORD|SECRET/.test(name)) expect(value, name).toMatch(/^\$\{[A-Z][A-Z0-9_]*:\?set it in \.env\.production\}$/);
  });

  it('wires the backends it needs to services of the file', () => {
    for (const kind of facts.needs ?? []) {
      const client = facts.clientEnv![kind]!;
      const name = client.host ?? client.url!;
      expect(env[name], name).toBeDefined();
      expect(Object.keys(doc.services).some((s) => env[name]!.includes(s))).toBe(true);
    }
  });

  it('mounts its config where the image reads it (Caddy), and its data directories on volumes', () => {
    const targets = (svc.volumes ?? []).map((v) => v.split(':')[1]);
    for (const dir of facts.dataDirs) expect(targets).toContain(dir);
    if (image.id === 'caddy') expect(svc.volumes).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
  });

  it('has a healthcheck only with a binary the image ships', () => {
    if (facts.healthcheck === null) expect(svc.healthcheck).toBeUndefined();
    else expect(facts.tools).toContain(svc.healthcheck!.test[1]);
  });

  it('publishes the ports the image listens on', () => {
    const published = (svc.ports ?? []).map((p) => Number(p.split(':')[1]!.split('/')[0]));
    for (const p of published) expect(image.ports.map((i) => i.container)).toContain(p);
  });

  it('starts, and is healthy when it has a check, per the deployment plan', () => {
    const plan = deploymentPlan(doc.services as never);
    const entry = plan.entries.find((e) => e.service === 'svc')!;
    expect(entry.reasons).toEqual([]);
    expect(entry.starts).toBe(true);
    expect(entry.healthy).toBe(facts.healthcheck === null ? 'none' : true);
  });
});
