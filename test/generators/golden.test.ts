/**
 * Golden files: the generated compose files, Caddyfiles, .env.example and regions of the seed
 * and of a second platform, compared with the files under fixtures/<case>/expected/.
 */
import { describe, expect, it } from 'vitest';
import { CASES, generateIn } from './helpers.js';

describe.each(Object.entries(CASES))('%s', (name, cwd) => {
  it('matches the golden files', async () => {
    const files = await generateIn(cwd);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) await expect(file.contents).toMatchFileSnapshot(`fixtures/${name}/expected/${file.path}`);
  });

  it('is deterministic: the same input gives byte-identical output', async () => {
    const a = await generateIn(cwd);
    const b = await generateIn(cwd);
    expect(b.map((f) => [f.path, Buffer.from(f.contents).toString('base64')])).toEqual(a.map((f) => [f.path, Buffer.from(f.contents).toString('base64')]));
    for (const f of a) {
      expect(f.contents.endsWith('\n'), f.path).toBe(true);
      expect(f.contents, f.path).not.toMatch(/\r|\d{4}-\d\d-\d\dT\d\d:/);
    }
  });
});

describe('seed specifics', () => {
  it('pins images from versions.lock, maps ports and keeps planned services under a profile', async () => {
    const compose = (await generateIn(CASES.seed!)).find((f) => f.path === 'docker-compose.yml')!.contents;
    expect(compose).toContain('image: odoo:19');
    expect(compose).toContain('- "8001:8000"');
    expect(compose).toMatch(/ {2}chatwoot:\n(?: {4}.*\n)*? {4}profiles:\n {6}- planned/);
    expect(compose).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
  });

  it('writes one site per live route and leaves planned ones in a comment', async () => {
    const caddy = (await generateIn(CASES.seed!)).find((f) => f.path === 'Caddyfile')!.contents;
    expect(caddy.match(/^\S+ \{$/gm)).toEqual(['smarterbot.cl {', 'api.smarterbot.cl {', 'odoo.smarterbot.cl {', 'n8n.smarterbot.cl {']);
    expect(caddy).toContain('reverse_proxy https://app.smarterbot.cl {');
    expect(caddy).toContain('# chatwoot.smarterbot.cl -> chatwoot:3000');
  });

  it('replaces the base domain in every regional output', async () => {
    const files = await generateIn(CASES.seed!, ['regions']);
    expect(files.map((f) => f.path)).toEqual([
      'regions/smarterbot.com.ar/.env.example',
      'regions/smarterbot.com.ar/Caddyfile',
      'regions/smarterbot.com.ar/docker-compose.yml',
      'regions/smarterbot.com.pe/.env.example',
      'regions/smarterbot.com.pe/Caddyfile',
      'regions/smarterbot.com.pe/docker-compose.yml',
    ]);
    // Every line but the header comments and the image references (all countries pull the same images).
    const ar = files.filter((f) => f.path.includes('.com.ar/')).flatMap((f) => f.contents.split('\n').filter((l) => !/^#|^\s+image:/.test(l)));
    expect(ar.filter((l) => /smarterbot\.cl\b/.test(l))).toEqual([]);
    expect(files[2]!.contents).toContain('image: api.smarterbot.cl:latest');
    expect(files[1]!.contents).toContain('api.smarterbot.com.ar {');
    expect(files[0]!.contents).toContain('ODOO_URL=https://odoo.smarterbot.com.ar');
  });
});
