/**
 * The official MCP conformance suite (`@modelcontextprotocol/conformance`) against a generated
 * server over Streamable HTTP on loopback. The suite needs Node 22: when this Node is older, the
 * test takes the `node-<platform>-<arch>@22` package from the configured npm registry (`npm pack`)
 * and caches it, with the suite, under node_modules/.cache/bolt-mcp-conformance (override with
 * BOLT_CONFORMANCE_CACHE). Without network or for an unsupported platform it skips, saying why.
 *
 * The stub is built from a small spec whose `test` category yields the tool the suite's
 * `tools-call-error` scenario calls (`test_error_handling`), proxied to a loopback API answering
 * 500. Which scenarios are supported, and why the others are not: docs/security.md.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSpecs } from '../../src/load/index.js';
import { buildStub, type LoopbackApi, ROOT, startApi, startHttpStub } from './stub-fixture.js';

const run = promisify(execFile);
/** The suite's version, pinned so that a new scenario cannot break CI unannounced. */
const SUITE_VERSION = '0.1.16';
/** The scenarios the generated server must pass. */
export const REQUIRED_SCENARIOS = ['server-initialize', 'ping', 'tools-list', 'tools-call-error', 'dns-rebinding-protection'] as const;

const CACHE = process.env.BOLT_CONFORMANCE_CACHE ?? join(ROOT, 'node_modules', '.cache', 'bolt-mcp-conformance');
const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

/** Fills `final` once: builds into a fresh sibling folder, then renames (a concurrent run loses the race harmlessly). */
async function cached(final: string, fill: (dir: string) => Promise<void>): Promise<string> {
  if (existsSync(final)) return final;
  mkdirSync(CACHE, { recursive: true });
  const tmp = mkdtempSync(`${final}.tmp-`);
  try {
    await fill(tmp);
    if (!existsSync(final)) renameSync(tmp, final);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return final;
}

/** A Node 22+ binary: this one, or the registry's `node-<platform>-<arch>@22` package. */
async function node22(): Promise<string> {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const pkg = `node-${process.platform}-${process.arch}`;
  const dir = await cached(join(CACHE, `${pkg}-22`), async (tmp) => {
    await run('npm', ['pack', `${pkg}@22`, '--silent', '--pack-destination', tmp], { cwd: tmp, env: npmEnv, timeout: 240_000, maxBuffer: 1 << 20 });
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error(`npm pack ${pkg}@22 produced no tarball`);
    await run('tar', ['xzf', tgz], { cwd: tmp });
    rmSync(join(tmp, tgz));
  });
  const bin = join(dir, 'package', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  const { stdout } = await run(bin, ['--version']);
  if (!/^v2[2-9]\./.test(stdout.trim())) throw new Error(`${bin} is ${stdout.trim()}, expected v22 or newer`);
  return bin;
}

/** The suite's CLI entry, installed once into the cache. */
async function suite(): Promise<string> {
  const dir = await cached(join(CACHE, `conformance-${SUITE_VERSION}`), async (tmp) => {
    await run('npm', ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--prefix', tmp, `@modelcontextprotocol/conformance@${SUITE_VERSION}`], { env: npmEnv, timeout: 240_000, maxBuffer: 1 << 22 });
  });
  return join(dir, 'node_modules', '@modelcontextprotocol', 'conformance', 'dist', 'index.js');
}

const SPEC = `# Conformance - Test

**Version:** 1.0.0

## API Endpoints

### Unified API (\`api.conformance.test\`)

**Version:** 1.0.0

**Categories:**
- \`test\`: \`POST /error_handling\`, \`/items\`
`;

describe('the MCP conformance suite against a generated server over Streamable HTTP', () => {
  let unavailable: string | undefined;
  let node = '';
  let cli = '';
  let api: LoopbackApi;
  let stubDir = '';
  let url: URL;
  let stop = (): void => {};

  beforeAll(async () => {
    const tools = Promise.all([node22(), suite()]).then(
      ([n, c]) => ((node = n), (cli = c)),
      (error: unknown) => (unavailable = `the conformance suite or a Node 22 binary cannot be had here (${(error as Error).message.split('\n')[0]})`),
    );
    const { model } = extractSpecs([{ file: 'specs/os.md', text: SPEC }]);
    const stub = await buildStub(model, 'conformance');
    stubDir = stub.dir;
    expect(stub.registry.tools.map((t) => t.name)).toContain('test_error_handling');
    api = await startApi();
    api.behaviour = 'fail';
    const running = await startHttpStub(stub.entry, [], { API_BASE_URL: api.url });
    url = running.url;
    stop = () => running.child.kill();
    await tools;
  }, 600_000);

  afterAll(async () => {
    stop();
    await api?.close();
    if (stubDir) rmSync(stubDir, { recursive: true, force: true });
  });

  it('has a test_error_handling tool that fails as a tool error (what the suite expects)', async () => {
    const client = new Client({ name: 'bolt-test', version: '0.0.0' });
    await client.connect(new StreamableHTTPClientTransport(url));
    try {
      const result = (await client.callTool({ name: 'test_error_handling', arguments: {} })) as CallToolResult;
      expect(result.isError).toBe(true);
      expect(result.content[0]).toMatchObject({ type: 'text', text: expect.stringMatching(/^POST \/error_handling failed: HTTP 500/) });
    } finally {
      await client.close();
    }
  });

  it.for(REQUIRED_SCENARIOS)('passes %s', { timeout: 180_000 }, async (scenario, context) => {
    if (unavailable) {
      console.warn(`skipped conformance scenario ${scenario}: ${unavailable}`);
      context.skip(unavailable);
      return;
    }
    const result = await run(node, [cli, 'server', '--url', url.href, '--scenario', scenario], { timeout: 120_000, maxBuffer: 1 << 22 }).then(
      ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, out: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    const plain = result.out.replace(/\x1b\[[0-9;]*m/g, '');
    expect(result.code, plain).toBe(0);
    expect(plain, plain).toMatch(/Passed: (\d+)\/\1, 0 failed, 0 warnings/);
  });
});
