/**
 * The docs site on a phone (375 px) and a desktop (1280 px) in headless Chromium: no horizontal
 * page overflow on a phone, tables scrolling inside their own box with a visible cue, the tab bar
 * collapsing into a menu, the architecture diagram scaling, dark mode following the system
 * setting, typo-tolerant search with `?q=` links, the banner on old releases, and sitemap.xml.
 * Screenshots go to test-artifacts/; the assertions are layout rules over element boxes, not
 * pixel comparisons.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bolt } from '../helpers/cli.js';
import { confinedBrowser } from './chromium.js';
import { makeSpecRepo } from './fixture.js';
import { serveSite } from './static-server.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'docs-phone');
const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const SITE_URL = 'https://docs.example.test/docs/';
/** A service the seed lacks, for the typo test (`metbase`). */
const METABASE_ROW = '| `metabase` | `metabase/metabase:v0.50.3` | 3001 | Business intelligence dashboards | 🟡 Planned |';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

describe('docs site on a phone and a desktop', () => {
  let repo: ReturnType<typeof makeSpecRepo>;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let browser: Awaited<ReturnType<typeof confinedBrowser>> | undefined;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    repo = makeSpecRepo({
      edit: (spec) => {
        const vault = spec.split('\n').find((l) => l.startsWith('| `vault` |'))!;
        return spec.replace(vault, `${vault}\n${METABASE_ROW}`);
      },
    });
    const r = await bolt(['docs', '--out', 'out/docs', '--base', '/docs/', '--url', SITE_URL], repo.dir);
    expect(r.code, r.stderr).toBe(0);
    server = await serveSite(join(repo.dir, 'out', 'docs'), '/docs/');
    browser = await confinedBrowser(server.url, problems, { viewport: PHONE });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    repo?.cleanup();
  });

  async function open(path: string, viewport = PHONE, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status(), path).toBe(200);
  }

  const box = async (selector: string): Promise<Box> => (await page.locator(selector).first().boundingBox())!;
  const pageOverflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('has no horizontal page overflow at 375 px (nor at 1280 px)', async () => {
    const paths = ['index.html', 'services/index.html', 'services/smartapi.html', 'services/metabase.html', 'routing.html', 'api.html', 'operations.html', 'platform.html', 'requirements.html', 'regions.html', 'changelog.html', 'pending.html', 'findings.html', 'releases/1.1.0/index.html', 'releases/1.1.0/services/odoo.html'];
    for (const viewport of [PHONE, DESKTOP]) {
      for (const path of paths) {
        await open(path, viewport);
        expect(await pageOverflow(), `${path} at ${viewport.width}px`).toBeLessThanOrEqual(0);
        // Layout rule: the page's blocks lie inside the viewport horizontally.
        for (const sel of ['header.top', 'nav.nav', 'main', 'footer.foot']) {
          const b = await box(sel);
          expect(b.x, `${sel} on ${path}`).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width, `${sel} on ${path}`).toBeLessThanOrEqual(viewport.width + 0.5);
        }
      }
    }
    await open('index.html');
    await page.screenshot({ path: join(ARTIFACTS, 'home-375.png'), fullPage: true });
    await open('index.html', DESKTOP);
    await page.screenshot({ path: join(ARTIFACTS, 'home-1280.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 240_000);

  it('scrolls wide tables inside their own box, with a visible cue', async () => {
    await open('services/index.html');
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main .scroll')].map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, overflowX: getComputedStyle(el).overflowX, cue: el.getAttribute('data-overflow'), hasTable: el.querySelector('table') !== null };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.hasTable).toBe(true);
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(PHONE.width);
      expect(b.overflowX).toBe('auto');
    }
    const wide = boxes.filter((b) => b.scrollWidth > b.clientWidth + 1);
    expect(wide.length, 'the services table is wider than a phone').toBeGreaterThan(0);
    for (const b of wide) expect(b.cue).toBe('right');
    const first = page.locator('main .scroll[data-overflow]').first();
    const cue = page.locator('main .scroll[data-overflow] + .scroll-cue').first();
    expect(await cue.isVisible()).toBe(true);
    expect(await cue.innerText()).toMatch(/scroll sideways/i);
    await page.screenshot({ path: join(ARTIFACTS, 'table-375.png') });
    await first.evaluate((el) => el.scrollBy(120, 0));
    await expect.poll(() => first.evaluate((el) => [el.scrollLeft > 0, el.getAttribute('data-overflow')])).toEqual([true, expect.stringMatching(/^(both|left)$/)]);
    expect(await pageOverflow()).toBeLessThanOrEqual(0); // the page itself did not scroll sideways
    expect(await page.evaluate(() => window.scrollX)).toBe(0);

    // At 1280 px the same table fits: no cue.
    await open('services/index.html', DESKTOP);
    expect(await page.locator('main .scroll').first().getAttribute('data-overflow')).toBeNull();
    expect(await page.locator('main .scroll-cue').first().isVisible()).toBe(false);
    expect(problems).toEqual([]);
  }, 120_000);

  it('collapses the tab bar into a menu at 375 px, and shows the tabs at 1280 px', async () => {
    await open('routing.html');
    const toggle = page.locator('nav.nav .menu-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.innerText()).toMatch(/Menu\s*· Routing/);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#nav-list').isVisible()).toBe(false);
    const closed = await box('nav.nav');
    expect(closed.height).toBeLessThan(60); // one line: the menu button

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const links = page.locator('#nav-list a');
    expect(await links.first().isVisible()).toBe(true);
    // Open, the entries stack vertically inside the screen.
    const tops = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right })));
    for (let i = 1; i < tops.length; i++) expect(tops[i]!.top).toBeGreaterThan(tops[i - 1]!.top);
    for (const t of tops) expect(t.right).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(ARTIFACTS, 'menu-open-375.png') });
    await toggle.click();
    expect(await page.locator('#nav-list').isVisible()).toBe(false);
    await toggle.click();
    await page.locator('#nav-list a', { hasText: 'Services' }).click();
    await page.waitForURL(/\/docs\/services\/index\.html$/);

    await open('routing.html', DESKTOP);
    expect(await page.locator('nav.nav .menu-toggle').isVisible()).toBe(false);
    const row = await page.locator('#nav-list a').evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(row).size, 'the tabs are one row').toBe(1);
    expect(problems).toEqual([]);
  }, 120_000);

  it('scales the architecture diagram to the screen, keeping its proportions', async () => {
    const sizes: Record<number, Box> = {};
    for (const viewport of [PHONE, DESKTOP]) {
      await open('index.html', viewport);
      const svg = page.locator('svg.architecture');
      await svg.scrollIntoViewIfNeeded();
      const b = (await svg.boundingBox())!;
      const main = await page.locator('main').evaluate((m) => {
        const r = m.getBoundingClientRect();
        const s = getComputedStyle(m);
        return { left: r.left + parseFloat(s.paddingLeft), right: r.right - parseFloat(s.paddingRight) };
      });
      expect(b.x).toBeGreaterThanOrEqual(main.left - 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(main.right + 0.5);
      const [vw, vh] = (await svg.getAttribute('viewBox'))!.split(' ').slice(2).map(Number);
      expect(b.width / b.height).toBeCloseTo(vw! / vh!, 1);
      sizes[viewport.width] = b;
      if (viewport === PHONE) await svg.screenshot({ path: join(ARTIFACTS, 'diagram-375.png') });
    }
    expect(sizes[375]!.width).toBeGreaterThan(300);
    expect(sizes[1280]!.width).toBeGreaterThan(sizes[375]!.width * 2);
    expect(problems).toEqual([]);
  }, 120_000);

  it('follows the system colour scheme: dark mode has other computed colours', async () => {
    const colours = async (scheme: 'light' | 'dark') => {
      await open('services/index.html', PHONE, scheme);
      return page.evaluate(() => {
        const luminance = (c: string) => {
          const [r, g, b] = c.match(/\d+(\.\d+)?/g)!.map(Number);
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const body = getComputedStyle(document.body);
        const th = getComputedStyle(document.querySelector('thead th')!);
        const link = getComputedStyle(document.querySelector('main a')!);
        return { bg: body.backgroundColor, fg: body.color, th: th.backgroundColor, link: link.color, bgLum: luminance(body.backgroundColor), fgLum: luminance(body.color) };
      });
    };
    const light = await colours('light');
    await page.screenshot({ path: join(ARTIFACTS, 'light-375.png') });
    const dark = await colours('dark');
    await page.screenshot({ path: join(ARTIFACTS, 'dark-375.png') });
    expect(dark.bg).not.toBe(light.bg);
    expect(dark.fg).not.toBe(light.fg);
    expect(dark.th).not.toBe(light.th);
    expect(dark.link).not.toBe(light.link);
    expect(light.bgLum).toBeGreaterThan(light.fgLum); // dark text on light
    expect(dark.bgLum).toBeLessThan(dark.fgLum); // light text on dark
    expect(problems).toEqual([]);
  }, 120_000);

  it('finds metabase when typing `metbase`, and answers ?q= links', async () => {
    await open('operations.html');
    expect(await page.locator('script[src$="assets/minisearch.js"]').count()).toBe(1);
    await page.locator('#search-input').fill('metbase');
    const results = page.locator('#search-results a');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    expect(await results.first().innerText()).toMatch(/^metabase\s*service$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('metbase'); // the address is shareable
    await page.screenshot({ path: join(ARTIFACTS, 'search-375.png') });

    await open('index.html?q=metbase');
    expect(await page.locator('#search-input').inputValue()).toBe('metbase');
    await expect.poll(() => page.locator('#search-results').isVisible()).toBe(true);
    expect(await page.locator('#search-results a').first().innerText()).toMatch(/^metabase\s*service$/);
    await page.locator('#search-results a').first().click();
    await page.waitForURL(/\/docs\/services\/metabase\.html$/);

    // The box submits to ?q= (what it does without JavaScript), and Enter opens the first hit.
    expect(await page.locator('form.search').getAttribute('action')).toBe('../index.html');
    expect(await page.locator('#search-input').getAttribute('name')).toBe('q');
    await page.locator('#search-input').fill('odoo serch');
    await page.locator('#search-input').press('Enter');
    await page.waitForURL(/\/docs\/(services\/odoo|api)\.html/);
    expect(problems).toEqual([]);
  }, 120_000);

  it('puts a banner on old release pages linking to the current version of the page', async () => {
    await open('releases/1.1.0/services/odoo.html');
    const banner = page.locator('.banner.old-release');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.innerText()).toContain('1.1.0');
    const b = await box('.banner.old-release');
    expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(ARTIFACTS, 'release-banner-375.png') });
    await banner.locator('a').click();
    await page.waitForURL(/\/docs\/services\/odoo\.html$/);
    expect(await page.locator('.banner').count()).toBe(0);
    expect(problems).toEqual([]);
  }, 120_000);

  it('writes sitemap.xml with the current pages as absolute URLs', () => {
    const xml = readFileSync(join(repo.dir, 'out', 'docs', 'sitemap.xml'), 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(SITE_URL);
    expect(locs).toContain(`${SITE_URL}services/metabase.html`);
    expect(locs).toContain(`${SITE_URL}routing.html`);
    for (const loc of locs) expect(loc.startsWith(SITE_URL)).toBe(true);
    expect(locs.some((l) => l.includes('releases/') || l.endsWith('404.html'))).toBe(false);
    expect([...locs].sort()).toEqual(locs);
  });
});
