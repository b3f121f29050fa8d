import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bolt } from '../helpers/cli.js';
import { confinedBrowser } from './chromium.js';
import { makeSpecRepo } from './fixture.js';
import { serveSite } from './static-server.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');

describe('docs site in headless Chromium', () => {
  let repo: ReturnType<typeof makeSpecRepo>;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let browser: Awaited<ReturnType<typeof confinedBrowser>> | undefined;
  let context: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    repo = makeSpecRepo();
    const r = await bolt(['docs', '--out', 'out/docs', '--base', '/docs/'], repo.dir);
    expect(r.code).toBe(0);
    server = await serveSite(join(repo.dir, 'out', 'docs'), '/docs/');
    browser = await confinedBrowser(server.url, problems, { viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    context = browser.context;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    repo?.cleanup();
  });

  async function open(path: string): Promise<Page> {
    const page = context.pages()[0] ?? (await context.newPage());
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status()).toBe(200);
    return page;
  }

  it('renders the home page without console errors and takes a screenshot', async () => {
    const page = await open('');
    await expect.poll(() => page.title()).toBe('SmarterOS — Operating System Snapshot · SmarterOS docs');
    expect(await page.locator('h1').innerText()).toContain('SmarterOS');
    expect(await page.locator('svg.architecture a').count()).toBeGreaterThan(5);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'docs-home.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('navigates through the top navigation and the diagram', async () => {
    const page = await open('index.html');
    await page.locator('nav.nav a', { hasText: 'Services' }).click();
    await page.waitForURL(/\/docs\/services\/index\.html$/);
    expect(await page.locator('h1').innerText()).toBe('Services');
    await page.locator('table a', { hasText: 'n8n' }).click();
    await page.waitForURL(/\/docs\/services\/n8n\.html$/);
    expect(await page.locator('h1').innerText()).toBe('n8n');
    await page.locator('nav.nav a', { hasText: 'Routing' }).click();
    await page.waitForURL(/\/docs\/routing\.html$/);
    expect(await page.locator('#route-odoo-smarterbot-cl').count()).toBe(1);
    await page.goto(`${server.url}index.html`);
    await page.locator('svg.architecture a[href="services/chatwoot.html"]').click();
    await page.waitForURL(/\/docs\/services\/chatwoot\.html$/);
    expect(await page.locator('h1').innerText()).toBe('chatwoot');
    expect(problems).toEqual([]);
  });

  it('finds services, routes and tools with the offline search', async () => {
    const page = await open('operations.html');
    await page.locator('#search-input').fill('odoo');
    const results = page.locator('#search-results a');
    await expect.poll(() => results.count()).toBeGreaterThan(3);
    const texts = await results.allInnerTexts();
    expect(texts[0]).toMatch(/^odoo\s*service$/);
    expect(texts.join('\n')).toMatch(/odoo\.smarterbot\.cl/);
    expect(texts.join('\n')).toMatch(/odoo_search_read/);
    await results.first().click();
    await page.waitForURL(/\/docs\/services\/odoo\.html$/);
    expect(await page.locator('h1').innerText()).toBe('odoo');
    await page.locator('#search-input').fill('no-such-thing-anywhere');
    await expect.poll(() => page.locator('#search-results').innerText()).toBe('No results');
    expect(problems).toEqual([]);
  });

  it('switches versions and copies commands', async () => {
    const page = await open('services/odoo.html');
    await page.locator('details.versions summary').click();
    await page.locator('details.versions a', { hasText: '1.1.0' }).click();
    await page.waitForURL(/\/docs\/releases\/1\.1\.0\/services\/odoo\.html$/);
    expect(await page.locator('main').innerText()).toContain('odoo:18');
    await page.goto(`${server.url}operations.html`);
    const copy = page.locator('.code', { has: page.locator('.cmd-title', { hasText: 'View running containers' }) }).locator('button.copy');
    await copy.click();
    await expect.poll(() => copy.innerText()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('docker ps');
    expect(problems).toEqual([]);
  });

  it('is readable on a phone: nothing wider than the screen', async () => {
    const page = await open('services/index.html');
    await page.setViewportSize({ width: 375, height: 740 });
    for (const path of ['index.html', 'services/index.html', 'services/smartapi.html', 'api.html', 'operations.html', 'findings.html']) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'docs-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  });
});
