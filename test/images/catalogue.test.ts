/** The image runtime catalogue: lookups by reference, and the catalogue's own consistency. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, factsFor, IMAGES, lookupImage, parseImageRef, tagVersion } from '../../src/images/index.js';

const DIR = resolve(import.meta.dirname, '../../src/images');

describe('parseImageRef / lookupImage', () => {
  it.each([
    ['postgres:15', { path: 'postgres', tag: '15' }, 'postgres'],
    ['library/postgres', { path: 'postgres' }, 'postgres'],
    ['docker.io/library/postgres:15.4-alpine', { path: 'postgres', tag: '15.4-alpine' }, 'postgres'],
    [`postgres@sha256:${'a'.repeat(64)}`, { path: 'postgres', digest: `sha256:${'a'.repeat(64)}` }, 'postgres'],
    ['registry.local:5000/n8nio/n8n:1.75', { registry: 'registry.local:5000', path: 'n8nio/n8n', tag: '1.75' }, 'n8n'],
    ['docker.n8n.io/n8nio/n8n', { registry: 'docker.n8n.io', path: 'n8nio/n8n' }, 'n8n'],
    ['quay.io/keycloak/keycloak:26.0', { registry: 'quay.io', path: 'keycloak/keycloak', tag: '26.0' }, 'keycloak'],
    ['localhost:5000/redis:7@sha256:abc', { registry: 'localhost:5000', path: 'redis', tag: '7', digest: 'sha256:abc' }, 'redis'],
    ['hashicorp/vault:1.16', { path: 'hashicorp/vault', tag: '1.16' }, 'hashicorp-vault'],
    ['vault:1.15', { path: 'vault', tag: '1.15' }, 'vault'],
    ['api.smarterbot.cl:latest', { path: 'api.smarterbot.cl', tag: 'latest' }, undefined],
    ['ghcr.io/library/postgres', { registry: 'ghcr.io', path: 'library/postgres' }, undefined],
  ])('%s', (ref, parts, id) => {
    expect(parseImageRef(ref)).toEqual(parts);
    expect(lookupImage(ref)?.id).toBe(id);
  });

  it('applies tag-dependent facts', () => {
    expect(factsFor('postgres:15')!.dataDirs).toEqual(['/var/lib/postgresql/data']);
    expect(factsFor('postgres:18.1')!.dataDirs).toEqual(['/var/lib/postgresql']);
    expect(factsFor('nginx:1.27')!.tools).toEqual(['curl']);
    expect(factsFor('nginx:1.27-alpine')!.tools).toEqual(['wget']);
    expect(factsFor('grafana/grafana:12.0.0-distroless')!.tools).toEqual([]);
  });

  it('orders versions on their common length', () => {
    expect(compareVersions(tagVersion('1.15')!, tagVersion('1.13.3')!)).toBeGreaterThan(0);
    expect(compareVersions(tagVersion('1.13.3')!, tagVersion('1.13.3')!)).toBe(0);
    expect(compareVersions(tagVersion('1.12-alpine')!, tagVersion('1.13.3')!)).toBeLessThan(0);
    expect(tagVersion('latest')).toBeUndefined();
    expect(tagVersion('v3.14.1')).toEqual([3, 14, 1]);
  });
});

describe('catalogue consistency', () => {
  it('has unique ids and repositories, sorted by id', () => {
    const ids = IMAGES.map((i) => i.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    const repos = IMAGES.flatMap((i) => i.repositories);
    expect(repos).toEqual([...new Set(repos)]);
  });

  it('every healthcheck uses a binary the image ships', () => {
    for (const image of IMAGES) {
      const checks = [image.healthcheck, ...(image.roles ?? []).map((r) => r.healthcheck)].filter((h) => h);
      for (const h of checks) expect(image.tools, image.id).toContain(h!.test[0]);
    }
  });

  it('every *_FILE variant belongs to a secret the image reads', () => {
    for (const image of IMAGES) for (const s of image.secretEnv) if (s.file) expect(s.file.startsWith(s.name), image.id).toBe(true);
  });

  it('every family file cites its sources', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'wiring.ts'].includes(f));
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const f of files) expect(readFileSync(join(DIR, f), 'utf8'), f).toMatch(/https:\/\/(github\.com|docs\.|www\.|grafana\.com|min\.io|prometheus\.io|developer\.hashicorp\.com|doc\.traefik\.io|caddyserver\.com|dev\.mysql\.com)/);
  });
});
