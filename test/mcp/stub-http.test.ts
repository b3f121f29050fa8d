/**
 * The generated MCP stub's HTTP front as an exposed server must behave: DNS-rebinding protection
 * (Host and Origin allow-lists, 403), bearer authentication (static token and JWT access tokens
 * from an issuer, 401 + `WWW-Authenticate`), RFC 9728 metadata, refusal to listen beyond loopback
 * without authentication, a request body limit and a cap on concurrent API calls. The client's
 * credential never reaches the API. Everything runs on loopback.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '../../generators/tools/registry-data.js';
import { loadSpecs } from '../../src/load/index.js';
import { buildStub, type LoopbackApi, ROOT, startApi, startHttpStub } from './stub-fixture.js';

const API_TOKEN = 'upstream-api-token-9f2c';
const CLIENT_TOKEN = 'client-mcp-token-4b7e1d';
const INIT = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'bolt-test', version: '0' } } });
const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

let stub: { dir: string; registry: Registry; entry: string };
let api: LoopbackApi;
const children: ChildProcess[] = [];

async function start(args: string[], env: Record<string, string>) {
  const running = await startHttpStub(stub.entry, args, { API_BASE_URL: api.url, API_TOKEN, ...env });
  children.push(running.child);
  return running;
}

/** A raw initialize POST with the given extra headers (fetch cannot set Host; node:http can). */
function post(url: URL, headers: Record<string, string>, body = INIT): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...MCP_HEADERS, ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function client(url: URL, token?: string): Promise<Client> {
  const c = new Client({ name: 'bolt-test', version: '0.0.0' });
  await c.connect(new StreamableHTTPClientTransport(url, token ? { requestInit: { headers: { authorization: `Bearer ${token}` } } } : undefined));
  return c;
}

beforeAll(async () => {
  const { model } = await loadSpecs({ cwd: ROOT });
  stub = await buildStub(model, 'http');
  api = await startApi();
}, 180_000);

afterAll(async () => {
  for (const c of children) c.kill();
  await api?.close();
  if (stub) rmSync(stub.dir, { recursive: true, force: true });
});

describe('DNS-rebinding protection', () => {
  it('answers 403 to a foreign Host or Origin and serves loopback names and MCP_ALLOWED_HOSTS', async () => {
    const { url } = await start([], { MCP_ALLOWED_HOSTS: 'mcp.example.test', MCP_ALLOWED_ORIGINS: 'https://app.example.test' });
    const port = url.port;
    const evil = await post(url, { host: 'evil.example', origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body)).toMatchObject({ jsonrpc: '2.0', error: { message: 'Invalid Host header: evil.example' } });
    // A page on a foreign origin that reached the right host (a rebinding after the DNS switch).
    expect((await post(url, { host: `127.0.0.1:${port}`, origin: 'http://evil.example' })).status).toBe(403);
    // The foreign name with the right port is still foreign.
    expect((await post(url, { host: `evil.example:${port}` })).status).toBe(403);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await post(url, { host, origin: `http://${host}` })).status, host).toBe(200);
    }
    // No Origin (a non-browser client) is fine; the configured extras are accepted.
    expect((await post(url, { host: 'mcp.example.test' })).status).toBe(200);
    expect((await post(url, { host: `127.0.0.1:${port}`, origin: 'https://app.example.test' })).status).toBe(200);
  });
});

describe('bearer authentication with MCP_AUTH_TOKEN', () => {
  let url: URL;
  beforeAll(async () => {
    ({ url } = await start([], { MCP_AUTH_TOKEN: CLIENT_TOKEN }));
  });

  it('answers 401 with WWW-Authenticate: Bearer without a token or with a wrong one', async () => {
    const none = await post(url, {});
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    for (const wrong of [`${CLIENT_TOKEN}x`, CLIENT_TOKEN.slice(0, -1), 'zz-short', API_TOKEN]) {
      const res = await post(url, { authorization: `Bearer ${wrong}` });
      expect(res.status, wrong).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
      expect(res.body).not.toContain(wrong);
    }
    expect((await post(url, { authorization: `Basic ${Buffer.from(`x:${CLIENT_TOKEN}`).toString('base64')}` })).status).toBe(401);
    // GET is refused for want of credentials before anything else is said.
    expect((await fetch(url)).status).toBe(401);
  });

  it('serves a client with the token and never forwards it to the API (the API gets API_TOKEN)', async () => {
    const c = await client(url, CLIENT_TOKEN);
    try {
      expect((await c.listTools()).tools).toEqual(stub.registry.tools);
      api.behaviour = 'ok';
      api.requests.length = 0;
      const result = (await c.callTool({ name: 'n8n_workflows', arguments: {} })) as CallToolResult;
      expect(result.isError).toBeFalsy();
      expect(api.requests).toHaveLength(1);
      expect(api.requests[0]!.authorization).toBe(`Bearer ${API_TOKEN}`);
      expect(JSON.stringify(api.requests)).not.toContain(CLIENT_TOKEN);
    } finally {
      await c.close();
    }
  });
});

describe('listening beyond loopback', () => {
  function exit(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, [stub.entry, '--http', '0', ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  }

  it('refuses to start without authentication (exit 2, a clear message)', async () => {
    for (const host of ['0.0.0.0', '::']) {
      const { code, stderr } = await exit(['--host', host], {});
      expect(code, host).toBe(2);
      expect(stderr).toContain(`Unexpected --host \`${host}\` without authentication, expected MCP_AUTH_TOKEN or MCP_AUTH_ISSUER`);
    }
    const issuerOnly = await exit(['--host', '0.0.0.0'], { MCP_AUTH_ISSUER: 'http://127.0.0.1:9/' });
    expect(issuerOnly.code).toBe(2);
    expect(issuerOnly.stderr).toContain('Unexpected MCP_AUTH_ISSUER without MCP_RESOURCE_URL');
    const bad = await exit([], { MCP_MAX_BODY_BYTES: '1MB', MCP_AUTH_TOKEN: CLIENT_TOKEN });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unexpected MCP_MAX_BODY_BYTES `1MB`, expected a positive integer');
    expect(bad.stderr).not.toContain(CLIENT_TOKEN);
  });

  it('starts on 0.0.0.0 with a token and still refuses requests without it', async () => {
    const { url, stderr } = await start(['--host', '0.0.0.0'], { MCP_AUTH_TOKEN: CLIENT_TOKEN });
    expect(stderr()).toContain('(bearer authentication required)');
    expect(stderr()).not.toContain(CLIENT_TOKEN);
    expect((await post(url, {})).status).toBe(401);
    expect((await post(url, { authorization: `Bearer ${CLIENT_TOKEN}` })).status).toBe(200);
  });
});

describe('limits', () => {
  it('answers 413 to a body over MCP_MAX_BODY_BYTES', async () => {
    const { url } = await start([], { MCP_MAX_BODY_BYTES: '4096' });
    const big = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(8192) } });
    const res = await post(url, {}, big);
    expect(res.status).toBe(413);
    expect((await post(url, {})).status).toBe(200);
  });

  it('keeps at most API_MAX_CONCURRENCY calls in flight to the API, over every client', async () => {
    const { url } = await start([], { API_MAX_CONCURRENCY: '2' });
    const clients = await Promise.all([client(url), client(url), client(url)]);
    try {
      api.behaviour = 'slow';
      api.maxInFlight = 0;
      api.requests.length = 0;
      const results = await Promise.all(clients.flatMap((c) => [c, c].map((x) => x.callTool({ name: 'core_health', arguments: {} }) as Promise<CallToolResult>)));
      expect(results.every((r) => !r.isError)).toBe(true);
      expect(api.requests).toHaveLength(6);
      expect(api.maxInFlight).toBe(2);
    } finally {
      api.behaviour = 'ok';
      await Promise.all(clients.map((c) => c.close()));
    }
  });
});

describe('JWT access tokens from MCP_AUTH_ISSUER (RFC 9728, RFC 8707)', () => {
  let issuerServer: Server;
  let issuer: string;
  let key: CryptoKey;
  let otherKey: CryptoKey;
  let url: URL;
  let resource: string;

  beforeAll(async () => {
    otherKey = (await generateKeyPair('ES256')).privateKey;
    const keys = await generateKeyPair('ES256', { extractable: true });
    key = keys.privateKey;
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    issuerServer = createServer((req, res) => {
      if (req.url === '/.well-known/oauth-authorization-server') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks.json` }));
      } else if (req.url === '/jwks.json') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => issuerServer.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(issuerServer.address() as AddressInfo).port}`;
    resource = 'https://mcp.example.test/mcp';
    ({ url } = await start([], { MCP_AUTH_ISSUER: issuer, MCP_RESOURCE_URL: resource }));
  });
  afterAll(async () => {
    issuerServer?.closeAllConnections();
    await new Promise<void>((resolve) => (issuerServer ? issuerServer.close(() => resolve()) : resolve()));
  });

  const sign = (claims: { iss?: string; aud?: string; exp?: number | string }, signer: CryptoKey = key) => {
    const jwt = new SignJWT({ scope: 'mcp' }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuedAt().setSubject('user-1');
    if (claims.iss !== undefined) jwt.setIssuer(claims.iss);
    if (claims.aud !== undefined) jwt.setAudience(claims.aud);
    if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
    return jwt.sign(signer);
  };

  it('serves the Protected Resource Metadata and points to it from the 401 challenge', async () => {
    for (const path of ['/.well-known/oauth-protected-resource', '/.well-known/oauth-protected-resource/mcp']) {
      const res = await fetch(new URL(path, url));
      expect(res.status, path).toBe(200);
      expect(await res.json()).toEqual({ resource, authorization_servers: [issuer], bearer_methods_supported: ['header'], resource_name: 'smarteros-mcp' });
    }
    const none = await post(url, { host: 'mcp.example.test' });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer resource_metadata="https://mcp.example.test/.well-known/oauth-protected-resource/mcp"');
  });

  it('accepts a token for this resource from the issuer, and no other', async () => {
    const good = await sign({ iss: issuer, aud: resource, exp: '5m' });
    expect((await post(url, { host: 'mcp.example.test', authorization: `Bearer ${good}` })).status).toBe(200);
    const bad: [string, string][] = [
      ['another audience', await sign({ iss: issuer, aud: 'https://other.example.test/mcp', exp: '5m' })],
      ['another issuer', await sign({ iss: 'https://evil.example.test', aud: resource, exp: '5m' })],
      ['expired', await sign({ iss: issuer, aud: resource, exp: Math.floor(Date.now() / 1000) - 120 })],
      ['no expiry', await sign({ iss: issuer, aud: resource })],
      ['another key', await sign({ iss: issuer, aud: resource, exp: '5m' }, otherKey)],
    ];
    for (const [why, token] of bad) {
      const res = await post(url, { host: 'mcp.example.test', authorization: `Bearer ${token}` });
      expect(res.status, why).toBe(401);
      expect(res.headers['www-authenticate'], why).toMatch(/^Bearer resource_metadata="[^"]+", error="invalid_token"$/);
    }
  });

  it('serves tools to a client with a valid token and calls the API with API_TOKEN only', async () => {
    const token = await sign({ iss: issuer, aud: resource, exp: '5m' });
    const c = new Client({ name: 'bolt-test', version: '0.0.0' });
    await c.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${token}` } } }));
    try {
      api.behaviour = 'ok';
      api.requests.length = 0;
      await c.callTool({ name: 'core_health', arguments: {} });
      expect(api.requests.map((r) => r.authorization)).toEqual([`Bearer ${API_TOKEN}`]);
      expect(JSON.stringify(api.requests)).not.toContain(token);
    } finally {
      await c.close();
    }
  });
});
