import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bolt } from '../helpers/cli.js';
import { makeSpecRepo } from './fixture.js';
import { checkLinks } from './link-check.js';

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? listFiles(join(dir, n), root) : [relative(root, join(dir, n))])).sort();
}
const read = (dir: string, f: string): string => readFileSync(join(dir, f), 'utf8');

const LITERAL = 'sk_live_9fQ2xR7mP4kL8vN3bT6wZ1yH5jD0cA';
const hostile = (seed: string): string =>
  seed
    .replace('| ERP/CRM system |', '| ERP <script>alert(1)</script> & "CRM" |')
    .replace('ODOO_API_KEY=***', `ODOO_API_KEY=${LITERAL}`)
    .replace('## 📞 Support', '## Release Notes\n\n<img src=x onerror=alert(1)>\n\n# Big heading\n\nSee **this**.\n\n## 📞 Support');

describe('bolt docs', () => {
  let repo: ReturnType<typeof makeSpecRepo>;
  let site: string;

  beforeAll(async () => {
    repo = makeSpecRepo({ edit: hostile });
    const r = await bolt(['docs', '--out', 'out/docs', '--base', '/docs/'], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote \d+ pages \(current \+ 1\.1\.0\) to out\/docs\/ for \/docs\//);
    site = join(repo.dir, 'out', 'docs');
  });
  afterAll(() => repo.cleanup());

  it('generates every page, one per service, and the release copy', () => {
    const files = listFiles(site);
    for (const f of ['index.html', 'services/index.html', 'services/odoo.html', 'services/smarterbolt-lab.html', 'routing.html', 'api.html', 'operations.html', 'platform.html', 'requirements.html', 'regions.html', 'changelog.html', 'pending.html', 'findings.html', '404.html', 'architecture.svg', 'search-index.js', 'assets/site.css', 'assets/site.js', 'releases/1.1.0/index.html', 'releases/1.1.0/services/odoo.html']) {
      expect(files).toContain(f);
    }
    expect(files).not.toContain('releases/1.1.0/services/chatwoot.html');
    expect(read(site, 'releases/1.1.0/services/odoo.html')).toContain('<code>odoo:18</code>');
    expect(read(site, 'services/odoo.html')).toContain('<code>odoo:19</code>');
  });

  it('has no broken internal link or anchor', () => {
    const { pages, refs, problems } = checkLinks(site, '/docs/');
    expect(problems).toEqual([]);
    expect(pages).toBeGreaterThan(35);
    expect(refs).toBeGreaterThan(500);
  });

  it('writes semantic pages: lang, title, one h1, headings in order', () => {
    for (const f of listFiles(site).filter((p) => p.endsWith('.html'))) {
      const html = read(site, f);
      expect(html, f).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(html, f).toMatch(/<title>[^<]+<\/title>/);
      expect(html, f).toMatch(/<meta name="viewport"/);
      const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      expect(levels.filter((l) => l === 1), f).toHaveLength(1);
      expect(levels[0], f).toBe(1);
      levels.forEach((l, i) => {
        if (i > 0) expect(l - levels[i - 1]!, `${f}: h${levels[i - 1]} → h${l}`).toBeLessThanOrEqual(1);
      });
    }
  });

  it('escapes spec values and never passes raw HTML through', () => {
    const all = listFiles(site).map((f) => read(site, f)).join('\n');
    expect(all).not.toContain('<script>alert');
    expect(all).not.toContain('<img src=x');
    expect(read(site, 'services/index.html')).toMatch(/ERP &(lt|#x3C);script>alert\(1\)&(lt|#x3C);\/script>/);
    expect(read(site, 'platform.html')).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(read(site, 'platform.html')).toMatch(/<h4>Big heading<\/h4>/);
  });

  it('publishes secret names and never a value', () => {
    const all = listFiles(site).map((f) => read(site, f)).join('\n');
    expect(all).not.toContain(LITERAL);
    expect(all).not.toContain('eyJ');
    expect(all).not.toContain('re_***');
    expect(read(site, 'platform.html')).toContain('<code>SUPABASE_SERVICE_ROLE</code>');
    const odoo = read(site, 'services/odoo.html');
    expect(odoo).toContain('<code>ODOO_API_KEY</code>');
    expect(odoo).not.toContain('CHATWOOT_TOKEN');
    expect(read(site, 'services/smartapi.html')).toContain('<code>CHATWOOT_TOKEN</code>');
  });

  it('makes no external request: assets are relative, no fonts or CDNs', () => {
    for (const f of listFiles(site).filter((p) => p.endsWith('.html'))) {
      const html = read(site, f);
      for (const m of html.matchAll(/<(?:script|link|img)\b[^>]*\s(?:src|href)="([^"]*)"/g)) {
        expect(m[1], f).not.toMatch(/^(https?:)?\/\//);
        if (f !== '404.html') expect(m[1], f).not.toMatch(/^\//);
      }
    }
    expect(read(site, 'assets/site.css')).not.toMatch(/@import|url\(/);
  });

  it('links every page to the other versions, the same page where it exists', () => {
    const release = read(site, 'releases/1.1.0/services/odoo.html');
    expect(release).toContain('Version: 1.1.0');
    expect(release).toContain('<a href="../../../services/odoo.html">current (1.2.0)</a>');
    expect(read(site, 'services/chatwoot.html')).toContain('<a href="../releases/1.1.0/index.html">1.1.0</a>');
  });

  it('renders tools, routes and the diagram from the model', () => {
    const api = read(site, 'api.html');
    expect(api).toMatch(/id="tool-odoo-search-read"/);
    expect(api).toContain('/odoo/search_read');
    expect(read(site, 'routing.html')).toMatch(/<tr id="route-chatwoot-smarterbot-cl">.*planned/);
    const svg = read(site, 'architecture.svg');
    expect(svg).toMatch(/<a href="services\/chatwoot.html"><rect [^>]*stroke-dasharray="6 4"/);
    expect(svg).toMatch(/<a href="services\/odoo.html"><rect [^>]*stroke="#1d4ed8" stroke-width="1.5"\/>/);
    expect(read(site, '404.html')).toContain('href="/docs/assets/site.css"');
    const index = read(site, 'search-index.js');
    expect(index).toContain('"title":"odoo","kind":"service","url":"services/odoo.html"');
  });

  it('is deterministic', async () => {
    const again = await bolt(['docs', '--out', 'out/docs2', '--base', '/docs/'], repo.dir);
    expect(again.code).toBe(0);
    const other = join(repo.dir, 'out', 'docs2');
    const a = listFiles(site);
    expect(listFiles(other)).toEqual(a);
    for (const f of a) expect(read(other, f), f).toBe(read(site, f));
  });

  it('refuses to replace a folder it did not write, and leaves it untouched', async () => {
    const foreign = join(repo.dir, 'mine');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'keep me');
    const r = await bolt(['docs', '--out', 'mine'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mine: Unexpected content in the output folder/);
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
    const cwd = await bolt(['docs', '--out', '.'], repo.dir);
    expect(cwd.code).toBe(2);
    expect(existsSync(join(repo.dir, 'specs', 'os.md'))).toBe(true);
  });
});
