/**
 * Canaries: a copy of the seed spec repository holding secrets of several shapes (a JWT,
 * `sk_live_…`, an AWS key id + secret, a short password under a credential key, and passwords in
 * URLs' userinfo in the secrets block, in prose, in a routing note, in a Caddyfile line and in a
 * deployment command, and command-line credentials written without `=`: `--password VALUE`,
 * `docker login -p`, `mysql -pVALUE`, `curl -u user:password`, `Authorization: Bearer|Basic`) goes through every command and output format, with `secrets/literal-value`
 * on (build refuses) and off (build writes). No canary may appear in any stdout, stderr, MCP tool
 * result or file written. Drives the real CLI: `main` in-process for one-shot commands, the
 * compiled binary for `watch` and `bolt mcp` (over the MCP SDK's stdio client).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bolt } from '../helpers/cli.js';
import { BIN, ROOT, childEnv, tempDir } from '../ecosystem/helpers.js';

/** The secret part of each canary (a public prefix such as `sk_live_` may stay: it says what the value was). */
const CANARIES = {
  jwt: 'CanaryJwt',
  stripe: 'CanaryStripe0123',
  awsId: 'CANARY0123456789',
  awsSecret: 'CanaryAwsSecret',
  short: 'pgAdm1n',
  envUrl: 'CanaryEnvUrlPw1',
  prose: 'CanaryProsePw2',
  route: 'CanaryRoutePw3',
  caddy: 'CanaryCaddyPw4',
  deploy: 'CanaryDeployPw5',
  glued: 'CanaryGluedPw6',
  exported: 'CanaryExportPw7',
  flag: 'CanaryFlagPw8',
  spaceFlag: 'CanarySpaceFlag9',
  loginP: 'CanaryLoginP10',
  mysqlP: 'CanaryMysqlP11',
  curlUser: 'CanaryCurlUser12',
  bearer: 'CanaryBearer13',
  basic: 'Q2FuYXJ5QmFzaWMxNA==',
};

/** The seed spec with the canaries planted. */
function plant(seed: string): string {
  const replace = (from: string, to: string) => {
    if (!seed.includes(from)) throw new Error(`seed has no \`${from}\``);
    seed = seed.replace(from, to);
  };
  replace('SUPABASE_SERVICE_ROLE=eyJ...', `SUPABASE_SERVICE_ROLE=eyJ${CANARIES.jwt}Head.${CANARIES.jwt}Body0.${CANARIES.jwt}Sign0`);
  replace('ODOO_API_KEY=***', [
    'ODOO_API_KEY=***',
    `STRIPE_SECRET_KEY=sk_live_${CANARIES.stripe}abcdef`,
    `AWS_ACCESS_KEY_ID=AKIA${CANARIES.awsId}`,
    `AWS_SECRET_ACCESS_KEY=${CANARIES.awsSecret}/K7MDENG/bPxRfiCYEXAMPLE`,
    `POSTGRES_PASSWORD=${CANARIES.short}`,
    `PGPASSWORD=${CANARIES.glued}!`,
    `DATABASE_URL=postgres://app:${CANARIES.envUrl}@postgres:5432/smarterbot`,
    'REDIS_URL=redis://redis:6379/0',
  ].join('\n'));
  replace('- **Docker** for service isolation', `- **Docker** for service isolation (operators connect with \`postgres://ops:${CANARIES.prose}@postgres:5432/smarterbot\`)`);
  replace('n8n.smarterbot.cl       → Caddy → n8n:5678', `n8n.smarterbot.cl       → Caddy → n8n:5678 (webhooks from https://hook:${CANARIES.route}@n8n.smarterbot.cl)`);
  replace('    reverse_proxy odoo:8069', `    reverse_proxy odoo:8069\n    header X-Upstream-Db "postgres://odoo:${CANARIES.caddy}@postgres:5432/odoo"`);
  replace('# Clean up\ndocker system prune -af', `# Clean up\ndocker system prune -af\n\n# Connect to Redis\nredis-cli -u redis://default:${CANARIES.deploy}@redis:6379 ping\n\n# Connect to PostgreSQL\nexport PGPASSWORD=${CANARIES.exported}\ndocker run --rm -e PGPASSWORD=${CANARIES.flag} postgres:16 psql -h postgres\n\n# Log in to the registry and the databases\ndocker login --password ${CANARIES.spaceFlag} -u ci ghcr.io\ndocker login -u ci -p ${CANARIES.loginP} ghcr.io\nmysql -u root -p${CANARIES.mysqlP} crm\ncurl -u admin:${CANARIES.curlUser} https://api.smarterbot.cl/admin\ncurl -H "Authorization: Bearer ${CANARIES.bearer}" https://api.smarterbot.cl/orders\ncurl -H "Authorization: Basic ${CANARIES.basic}" https://api.smarterbot.cl/orders`);
  return seed;
}

let repo: string;
let cleanup: () => Promise<void>;
const seen: { what: string; text: string }[] = [];

/** Runs `bolt <args>` in the canary repository and keeps everything it printed for the final scan. */
async function run(...args: string[]) {
  const r = await bolt(args, repo, { NO_COLOR: '1' });
  seen.push({ what: `bolt ${args.join(' ')} (stdout)`, text: r.stdout }, { what: `bolt ${args.join(' ')} (stderr)`, text: r.stderr });
  return r;
}

/** Every file under `dir` except the planted specs themselves. */
function writtenFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map((p) => join(dir, p.toString()))
    .filter((p) => statSync(p).isFile() && !relative(dir, p).startsWith('specs'));
}

/** `bolt watch` for one build cycle (the binary), then SIGTERM; what it printed. */
async function watchOnce(): Promise<{ stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'watch', '--debounce', '10'], { cwd: repo, env: childEnv() });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const end = Date.now() + 60_000;
  while (!/watching /.test(stdout) && Date.now() < end && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
  child.kill('SIGTERM');
  await exited;
  seen.push({ what: 'bolt watch (stdout)', text: stdout }, { what: 'bolt watch (stderr)', text: stderr });
  return { stdout, stderr };
}

/** Every `bolt mcp` tool over stdio with the SDK client; their texts. */
async function mcpTools(): Promise<string[]> {
  const client = new Client({ name: 'canary-test', version: '0.0.0' });
  let stderr = '';
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp'], cwd: repo, env: childEnv() as Record<string, string>, stderr: 'pipe' });
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await client.connect(transport);
  const texts: string[] = [];
  try {
    const { tools } = await client.listTools();
    for (const tool of tools) {
      const args = tool.name === 'verify' ? { mapped_only: true, timeout_ms: 500 } : {};
      const result = await client.callTool({ name: tool.name, arguments: args });
      texts.push(JSON.stringify(result));
    }
  } finally {
    await client.close();
  }
  seen.push(...texts.map((text, i) => ({ what: `bolt mcp tool #${i}`, text })), { what: 'bolt mcp (stderr)', text: stderr });
  return texts;
}

beforeAll(async () => {
  ({ dir: repo, cleanup } = await tempDir('canaries'));
  mkdirSync(join(repo, 'specs'));
  writeFileSync(join(repo, 'specs/os.md'), plant(readFileSync(join(ROOT, 'specs/os.md'), 'utf8')));
  copyFileSync(join(ROOT, 'specs/versions.lock'), join(repo, 'specs/versions.lock'));
});
afterAll(async () => cleanup?.());

describe('secret canaries through every command', () => {
  it('plants every canary where the spec is read', () => {
    const spec = readFileSync(join(repo, 'specs/os.md'), 'utf8');
    for (const canary of Object.values(CANARIES)) expect(spec).toContain(canary);
  });

  it('with secrets/literal-value on: reports each literal once, at its column, and build refuses', async () => {
    expect((await run('parse')).code).toBe(0);
    expect((await run('parse', '--json')).code).toBe(0);
    const json = await run('validate', '--format', 'json');
    expect(json.code).toBe(1);
    const literals = (JSON.parse(json.stdout) as { diagnostics: { ruleId: string; line: number; column: number; message: string }[] }).diagnostics.filter((d) => d.ruleId === 'secrets/literal-value');
    expect(literals.map((d) => /`(\w+)`/.exec(d.message)![1])).toEqual(['SUPABASE_SERVICE_ROLE', 'STRIPE_SECRET_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'POSTGRES_PASSWORD', 'PGPASSWORD', 'DATABASE_URL']);
    const lines = readFileSync(join(repo, 'specs/os.md'), 'utf8').split('\n');
    for (const d of literals) expect(lines[d.line - 1]!.slice(0, d.column - 1)).toMatch(/^[A-Z_]+=$/);
    for (const format of ['pretty', 'sarif', 'github']) expect((await run('validate', '--format', format)).code).toBe(1);
    const refused = await run('build');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/secrets\/literal-value/);
    expect(refused.stderr).toMatch(/sk_live_•+/); // the excerpt shows the mask, in the right columns
    expect((await run('check')).code).toBe(1);
    await run('docs');
    await run('snapshot', '--release', '1.2.0');
    await run('verify', '--mapped-only', '--timeout', '300');
    const watched = await watchOnce();
    expect(watched.stderr).toMatch(/secrets\/literal-value/);
    expect((await mcpTools()).some((t) => t.includes('secrets/literal-value'))).toBe(true);
  }, 180_000);

  it('with secrets/literal-value off: build, check, snapshot, changes, docs, watch and mcp write and print no secret', async () => {
    writeFileSync(join(repo, 'bolt.config.yaml'), 'rules:\n  secrets/literal-value: "off"\n');
    for (const format of ['pretty', 'json', 'sarif', 'github']) await run('validate', '--format', format);
    const built = await run('build');
    expect(built.code, built.stderr).toBe(0);
    const env = readFileSync(join(repo, 'out/.env.example'), 'utf8');
    expect(env).toContain('STRIPE_SECRET_KEY=sk_live_***');
    expect(env).toContain('POSTGRES_PASSWORD=***');
    expect(env).toContain('PGPASSWORD=***');
    expect(env).toContain('DATABASE_URL=postgres://app:***@postgres:5432/smarterbot');
    expect(env).toContain('REDIS_URL=redis://redis:6379/0'); // configuration is kept
    const snapshot = readFileSync(join(repo, 'out/os.md'), 'utf8');
    expect(snapshot).toContain(`POSTGRES_PASSWORD=${'•'.repeat(CANARIES.short.length)}`);
    expect(snapshot).toContain('reverse_proxy odoo:8069');
    expect((await run('check')).code).toBe(0);
    expect((await run('docs')).code).toBe(0);
    const snap = await run('snapshot', '--release', '1.2.0', '--date', '2025-11-23');
    expect(snap.code, snap.stderr).toBe(0);
    for (const format of ['pretty', 'json', 'markdown']) expect((await run('changes', '1.2.0', '--format', format)).code).toBe(0);
    await run('parse', '--json');
    await watchOnce();
    await mcpTools();
  }, 180_000);

  it('no canary in anything printed, returned or written', () => {
    const files = writtenFiles(repo);
    expect(files.some((f) => f.endsWith('.env.example'))).toBe(true);
    expect(files.some((f) => f.includes('snapshots'))).toBe(true);
    expect(files.some((f) => f.includes(join('out', 'docs')) || f.endsWith('.html'))).toBe(true);
    const leaks: string[] = [];
    const scan = (what: string, text: string) => {
      for (const [name, canary] of Object.entries(CANARIES)) if (text.includes(canary)) leaks.push(`${name} in ${what}`);
    };
    for (const s of seen) scan(s.what, s.text);
    for (const f of files) scan(relative(repo, f), readFileSync(f, 'latin1'));
    expect(seen.length).toBeGreaterThan(40);
    expect(leaks).toEqual([]);
  });
});

