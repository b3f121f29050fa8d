/**
 * Headless Chromium for the docs-site tests, confined to the loopback site under test: any other
 * request is blocked and recorded, as are console errors/warnings and page errors, so a test can
 * assert that `problems` stays empty.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A browser context on a fresh profile; `close()` ends it and removes the profile. */
export async function confinedBrowser(
  siteUrl: string,
  problems: string[],
  options: Pick<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'viewport' | 'permissions'>,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'bolt-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, ...options });
  const origin = siteUrl.replace(/\/docs\/$/, '/');
  // Anything not served by the loopback server is an external request: record and block it.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    problems.push(`external request: ${url}`);
    return route.abort();
  });
  context.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()} (${msg.location().url})`);
  });
  context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
