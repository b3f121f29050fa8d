import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsSiteDirectives } from '../../generators/caddyfile/docs-serving.js';
import { bolt } from '../helpers/cli.js';
import { makeSpecRepo } from './fixture.js';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('serving the docs from the Caddyfile (real Caddy)', () => {
  let repo: ReturnType<typeof makeSpecRepo>;
  let caddy: ChildProcess | undefined;
  let base = '';
  let dir = '';

  beforeAll(async () => {
    repo = makeSpecRepo({ snapshot: false });
    expect((await bolt(['docs', '--out', 'out/docs', '--base', '/docs/'], repo.dir)).code).toBe(0);
    dir = mkdtempSync(join(tmpdir(), 'bolt-caddy-'));
    const port = await freePort();
    const block = docsSiteDirectives({ path: '/docs/', root: join(repo.dir, 'out', 'docs') }).map((l) => `\t${l}`);
    const caddyfile = ['{', '\tadmin off', '\tauto_https off', '}', `http://127.0.0.1:${port} {`, ...block, '\thandle {', '\t\trespond "app" 200', '\t}', '}', ''].join('\n');
    writeFileSync(join(dir, 'Caddyfile'), caddyfile);
    caddy = spawn('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], { stdio: 'ignore', env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir } });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`${base}/`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error('caddy did not start');
  }, 60_000);

  afterAll(() => {
    caddy?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
    repo?.cleanup();
  });

  it('serves the site under /docs/, its 404 page, and leaves other paths to the site', async () => {
    const home = await fetch(`${base}/docs/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<h1>SmarterOS');
    expect((await fetch(`${base}/docs/services/odoo.html`)).status).toBe(200);
    expect((await fetch(`${base}/docs/assets/site.css`)).headers.get('content-type')).toMatch(/text\/css/);
    const redirect = await fetch(`${base}/docs`, { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/docs/');
    const missing = await fetch(`${base}/docs/no/such/page.html`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('href="/docs/assets/site.css"');
    expect(await (await fetch(`${base}/other`)).text()).toBe('app');
  });

  it('refuses values that would inject directives', () => {
    expect(() => docsSiteDirectives({ path: '/docs/ {\n}' })).toThrow(/Unexpected `docs.serve.path`/);
    expect(() => docsSiteDirectives({ root: '/srv/docs\n\treverse_proxy evil:80' })).toThrow(/Unexpected `docs.serve.root`/);
    expect(() => docsSiteDirectives({ root: '/srv/../etc' })).toThrow(/Unexpected `docs.serve.root`/);
    expect(docsSiteDirectives({ path: '/manual' })[0]).toBe('redir /manual /manual/ 308');
  });
});
