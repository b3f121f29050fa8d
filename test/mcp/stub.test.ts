/**
 * The generated MCP stub, for real: built with strict tsc through its own `npm run build`, driven
 * by the SDK's Client over stdio and Streamable HTTP against a loopback API.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '../../generators/tools/registry-data.js';
import { extractSpecs, loadSpecs } from '../../src/load/index.js';
import { buildStub, closedUrl, type LoopbackApi, ROOT, startApi } from './stub-fixture.js';

const TOKEN = 'test-token-123';
let stub: { dir: string; registry: Registry; entry: string };
let api: LoopbackApi;
const example = { model: 'res.partner', domain: [['is_company', '=', true]], fields: ['name', 'email'], limit: 10 };

async function stdioClient(env: Record<string, string>): Promise<Client> {
  const client = new Client({ name: 'bolt-test', version: '0.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [stub.entry], env: { PATH: process.env.PATH ?? '', ...env }, stderr: 'pipe' }));
  return client;
}

const textOf = (result: CallToolResult): string => result.content.map((c) => (c.type === 'text' ? c.text : '')).join('');

beforeAll(async () => {
  const { model } = await loadSpecs({ cwd: ROOT });
  stub = await buildStub(model, 'seed');
  api = await startApi();
}, 180_000);

afterAll(async () => {
  await api?.close();
  if (stub) rmSync(stub.dir, { recursive: true, force: true });
});

describe('the generated stub over stdio', () => {
  let client: Client;
  beforeAll(async () => {
    client = await stdioClient({ API_BASE_URL: api.url, API_TOKEN: TOKEN, API_TIMEOUT_MS: '700' });
  });
  afterAll(async () => client?.close());

  it('lists exactly the tools of registry.json', async () => {
    const { tools } = await client.listTools();
    expect(tools).toEqual(stub.registry.tools);
  });

  it('sends a call to the API with the right method, path, body and bearer token', async () => {
    api.behaviour = 'ok';
    api.requests.length = 0;
    const result = (await client.callTool({ name: 'odoo_search_read', arguments: example })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    expect(api.requests).toEqual([
      { method: 'POST', url: '/odoo/search_read', authorization: `Bearer ${TOKEN}`, contentType: 'application/json', body: JSON.stringify(example) },
    ]);
    expect(result.structuredContent).toEqual({ status: 200, contentType: 'application/json', data: { ok: true, echo: '/odoo/search_read' } });
  });

  it('sends GET tools their arguments as a query string', async () => {
    api.behaviour = 'ok';
    api.requests.length = 0;
    await client.callTool({ name: 'chatwoot_contacts', arguments: { q: 'acme', page: 2 } });
    expect(api.requests.map((r) => [r.method, r.url, r.body])).toEqual([['GET', '/chatwoot/contacts?q=acme&page=2', '']]);
  });

  it('rejects invalid arguments before anything is sent', async () => {
    api.requests.length = 0;
    const result = (await client.callTool({ name: 'odoo_unlink', arguments: { model: 'res.partner', ids: ['x'] } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/ids/);
    expect(api.requests).toEqual([]);
  });

  it('returns a 500 as a tool error with the status and a body excerpt', async () => {
    api.behaviour = 'fail';
    const result = (await client.callTool({ name: 'odoo_create', arguments: { model: 'res.partner', values: { name: 'Acme' } } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe('POST /odoo/create failed: HTTP 500 Internal Server Error: {"detail":"odoo is down: connection pool exhausted"}');
  });

  it('returns a timeout as a tool error', async () => {
    api.behaviour = 'hang';
    const started = Date.now();
    const result = (await client.callTool({ name: 'core_health', arguments: {} })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe('GET /health failed: timed out after 700 ms');
    expect(Date.now() - started).toBeLessThan(5000);
    api.behaviour = 'ok';
  });
});

describe('the generated stub, configuration', () => {
  it('returns a refused connection as a tool error', async () => {
    const client = await stdioClient({ API_BASE_URL: await closedUrl() });
    try {
      const result = (await client.callTool({ name: 'n8n_health', arguments: {} })) as CallToolResult;
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/^GET \/n8n\/health failed: could not reach http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED$/);
    } finally {
      await client.close();
    }
  });

  it('serves a subset with MCP_CATEGORIES and sends no token when none is set', async () => {
    const client = await stdioClient({ API_BASE_URL: api.url, MCP_CATEGORIES: 'odoo, n8n' });
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toEqual(stub.registry.tools.filter((t) => ['odoo', 'n8n'].includes(t._meta.category)).map((t) => t.name));
      api.requests.length = 0;
      await client.callTool({ name: 'n8n_workflows', arguments: {} });
      expect(api.requests[0]).toMatchObject({ method: 'GET', url: '/n8n/workflows', authorization: undefined });
    } finally {
      await client.close();
    }
  });

  async function exitOf(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, [stub.entry, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    return { code, stdout, stderr };
  }

  it('refuses bad configuration with exit code 2 and a message on stderr, never a half-configured server', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [[], { MCP_CATEGORIES: 'odoo,nope' }, /Unexpected category `nope`, expected one of core, odoo/],
      [[], { API_TIMEOUT_MS: '5s' }, /Unexpected API_TIMEOUT_MS `5s`, expected a positive integer/],
      [[], { API_BASE_URL: 'api.example' }, /Unexpected API_BASE_URL `api\.example`, expected an absolute URL/],
      [['--http', '70000'], {}, /Unexpected port `70000`/],
      [['--bogus'], {}, /Unknown option '--bogus'/],
    ];
    for (const [args, env, message] of cases) {
      const { code, stdout, stderr } = await exitOf(args, env);
      expect(code, args.join(' ') + JSON.stringify(env)).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    }
  });
});

describe('the generated stub over Streamable HTTP', () => {
  let child: ReturnType<typeof spawn>;
  let endpoint: URL;
  beforeAll(async () => {
    child = spawn(process.execPath, [stub.entry, '--http', '0'], { env: { PATH: process.env.PATH ?? '', API_BASE_URL: api.url, API_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] });
    endpoint = await new Promise<URL>((resolve, reject) => {
      let err = '';
      child.stderr!.on('data', (c: Buffer) => {
        err += c.toString();
        const m = /listening on (http:\/\/\S+)/.exec(err);
        if (m) resolve(new URL(m[1]!));
      });
      child.on('exit', (code) => reject(new Error(`stub exited with ${code}: ${err}`)));
    });
  });
  afterAll(() => {
    child?.kill();
  });

  it('lists the registry tools and proxies calls', async () => {
    const client = new Client({ name: 'bolt-test', version: '0.0.0' });
    await client.connect(new StreamableHTTPClientTransport(endpoint));
    try {
      expect((await client.listTools()).tools).toEqual(stub.registry.tools);
      api.behaviour = 'ok';
      api.requests.length = 0;
      const result = (await client.callTool({ name: 'odoo_write', arguments: { model: 'res.partner', ids: [7], values: { name: 'Acme' } } })) as CallToolResult;
      expect(result.isError).toBeFalsy();
      expect(api.requests).toMatchObject([{ method: 'POST', url: '/odoo/write', authorization: `Bearer ${TOKEN}`, body: '{"model":"res.partner","ids":[7],"values":{"name":"Acme"}}' }]);
      api.behaviour = 'fail';
      const failed = (await client.callTool({ name: 'odoo_unlink', arguments: { model: 'res.partner', ids: [7] } })) as CallToolResult;
      expect(failed.isError).toBe(true);
      expect(textOf(failed)).toMatch(/HTTP 500/);
    } finally {
      api.behaviour = 'ok';
      await client.close();
    }
  });

  it('answers other paths with 404', async () => {
    const res = await fetch(new URL('/other', endpoint), { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });

  it('answers GET and DELETE on /mcp with 405', async () => {
    for (const method of ['GET', 'DELETE']) {
      const res = await fetch(endpoint, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
    }
  });
});

describe('a stub from a hostile spec', () => {
  const title = 'Items */ API `${process.exit(7)}` "q" \\u0000';
  const text = `# Evil */ \`\${process.exit(7)}\` - Test\n\n**Version:** 9.9.9\n\n## API Endpoints\n\n### ${title} (\`items.example.test\`)\n\n**Version:** 0.1.0-"beta"\n\n**Categories:**\n- \`items\`: \`PUT /items/{id}\`, \`/items\`, \`DELETE /items/{id}/tags\`, \`/odd/~user@host%2F:v1.x/{id}\`\n`;
  // A custom input schema whose every string tries to leave its literal: a comment end, a
  // template literal, a line separator, quotes, a backslash and a closing script tag.
  const EVIL = 'EVIL-MARK */ /* `${process.exit(7)}` </script>\u2028\u2029 "dq" \'sq\' \\ // x';
  const schemas = new Map([
    [
      'items_by_id',
      {
        file: 'schemas/tools/items_by_id.json',
        schema: {
          description: EVIL,
          type: 'object',
          properties: {
            id: { type: 'string', description: EVIL },
            name: { type: 'string', description: 'Name.' },
            [`we"ird*/${'$'}{key}`]: { type: 'string', enum: [EVIL, 'plain'], description: EVIL },
            pat: { type: 'string', pattern: '^a*/`\\$\\{x\\}`$', description: `${EVIL} (pattern)` },
          },
          required: ['id'],
        },
      },
    ],
  ]);
  let hostile: { dir: string; registry: Registry; entry: string };
  beforeAll(async () => {
    const { model } = extractSpecs([{ file: 'specs/os.md', text }]);
    hostile = await buildStub(model, 'hostile', schemas);
  }, 180_000);
  afterAll(() => {
    if (hostile) rmSync(hostile.dir, { recursive: true, force: true });
  });

  it('puts every hostile string only inside string literals of the generated TypeScript', () => {
    for (const file of ['server.ts', 'http.ts', 'index.ts']) {
      const source = readFileSync(join(hostile.dir, 'src', file), 'utf8');
      const tree = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
      const literals: [number, number][] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteral(node)) literals.push([node.getStart(tree), node.getEnd()]);
        ts.forEachChild(node, visit);
      };
      visit(tree);
      const hits = [...source.matchAll(/EVIL-MARK|process\.exit\(7\)/g)].map((m) => m.index);
      if (file === 'server.ts') expect(hits.length).toBeGreaterThan(5);
      for (const at of hits) {
        const line = source.slice(0, at).split('\n').length;
        expect(literals.some(([start, end]) => start < at && at < end), `${file}:${line} outside a string literal`).toBe(true);
      }
    }
  });

  it('compiles, keeps every spec string a string, and fills path parameters', async () => {
    const server = (await import(pathToFileURL(join(hostile.dir, 'dist', 'server.js')).href)) as {
      API_TITLE: string;
      SERVER_INFO: { version: string };
      DEFAULT_BASE_URL: string;
      TOOLS: { name: string; path: string; config: { description: string } }[];
    };
    const byId = server.TOOLS.find((t) => t.name === 'items_by_id')!;
    expect(byId.config.description.startsWith(`${EVIL} Calls`)).toBe(true);
    expect(server.TOOLS.map((t) => t.path)).toContain('/odd/~user@host%2F:v1.x/{id}');
    expect(server.API_TITLE).toBe(hostile.registry.name);
    expect(server.API_TITLE).toContain('${process.exit(7)}');
    expect(server.SERVER_INFO.version).toBe('0.1.0-"beta"');
    expect(server.DEFAULT_BASE_URL).toBe('https://items.example.test');
    const client = new Client({ name: 'bolt-test', version: '0.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [hostile.entry], env: { PATH: process.env.PATH ?? '', API_BASE_URL: `${api.url}/base/` }, stderr: 'pipe' }));
    try {
      expect((await client.listTools()).tools).toEqual(hostile.registry.tools);
      api.behaviour = 'ok';
      api.requests.length = 0;
      await client.callTool({ name: 'items_by_id', arguments: { id: 'a/b c', name: 'x' } });
      await client.callTool({ name: 'items_by_id_tags', arguments: { id: '7', tag: 'red' } });
      expect(api.requests.map((r) => [r.method, r.url, r.body])).toEqual([
        ['PUT', '/base/items/a%2Fb%20c', '{"name":"x"}'],
        ['DELETE', '/base/items/7/tags?tag=red', ''],
      ]);
    } finally {
      await client.close();
    }
  });
});
