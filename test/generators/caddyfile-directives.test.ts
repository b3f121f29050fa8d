/**
 * Generation never widens access (issue 15.4): the generated Caddyfile keeps the spec block's
 * global options, snippets and each site's other directives, with upstreams from the routing
 * table; regional Caddyfiles carry the same directives; every output passes `caddy adapt
 * --validate`; and a running Caddy serving the generated file keeps the restricted site
 * restricted (the matcher and its 403 in the adapted JSON, requests from loopback answered).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSpecs, type LoadedSpecs } from '../../src/load/index.js';
import { generate } from '../../src/pipeline/build.js';
import { parseCaddyfile } from '../../src/parse/caddyfile.js';
import { freePort, waitUntil } from '../helpers/servers.js';

const run = promisify(execFile);
const hasCaddy = (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, 'caddy')));

const INVENTORY = [
  '## Container Inventory',
  '',
  '### Production Services',
  '',
  '| Container | Image | Port(s) | Purpose | Status |',
  '|---|---|---|---|---|',
  '| `web` | `nginx:1.27` | 8080 | Web | ✅ Running |',
  '| `odoo` | `odoo:17` | 8069 | ERP | ✅ Running |',
  '| `admin` | `admin:1` | 9000 | Admin | ✅ Running |',
  '',
].join('\n');

/** A spec with routes and a Caddyfile block. */
function spec(routes: string[], caddyfile: string, extra = ''): LoadedSpecs {
  const text = [
    '# Shop - Test',
    '',
    INVENTORY,
    '## Domain Routing',
    '',
    '### Domains',
    '',
    '```',
    ...routes,
    '```',
    '',
    '### Caddyfile Configuration',
    '',
    'Located at: `/etc/caddy/Caddyfile`',
    '',
    '```caddy',
    caddyfile,
    '```',
    '',
    extra,
  ].join('\n');
  const { model, issues } = extractSpecs([{ file: 'specs/os.md', text }]);
  return { cwd: process.cwd(), model, issues, sources: {} };
}

const BLOCK = `{
	email ops@shop.example
}

(hardening) {
	header {
		Strict-Transport-Security "max-age=31536000"
		-Server
	}
	encode zstd gzip
}

shop.example, www.shop.example {
	import hardening
	reverse_proxy web:8080
}

erp.shop.example {
	import hardening
	@outside not remote_ip private_ranges
	respond @outside 403
	reverse_proxy odoo:8068
}

admin.shop.example {
	basicauth {
		ops JDJhJDE0JGZha2VoYXNoZmFrZWhhc2hmYWtlaGFzaGZha2VoYXNo
	}
	@blocked path /danger*
	respond @blocked "no" 403
	handle /api/* {
		reverse_proxy admin:9000
	}
	handle {
		respond "admin" 200
	}
}

old.shop.example {
	reverse_proxy web:8080
}`;

const ROUTES = ['shop.example → Caddy → web:8080', 'erp.shop.example → Caddy → odoo:8069', 'admin.shop.example → Caddy → admin:9000'];
const REGIONS = '## Multi-Country Deployment\n\n### Regions\n\nCountries (`shop.example`, `shop.example.ar`).\n';

function caddyfileOf(loaded: LoadedSpecs, path = 'Caddyfile'): string {
  return generate(loaded, {}, { only: ['caddyfile', 'regions'] }).find((f) => f.path === path)!.contents;
}

async function adapt(text: string, dir: string, name: string): Promise<{ json: string; stderr: string }> {
  const file = join(dir, name);
  await writeFile(file, text);
  const { stdout, stderr } = await run('caddy', ['adapt', '--validate', '--adapter', 'caddyfile', '--config', file]);
  return { json: stdout, stderr };
}

describe('the generated Caddyfile carries the spec block', () => {
  const loaded = spec(ROUTES, BLOCK, REGIONS);
  const caddy = caddyfileOf(loaded);

  it('keeps global options, snippets, matchers, respond, header, encode, basicauth and handle blocks', () => {
    expect(caddy).toContain('{\n\temail ops@shop.example\n}');
    expect(caddy).toContain('(hardening) {\n\theader {\n\t\tStrict-Transport-Security "max-age=31536000"\n\t\t-Server\n\t}\n\tencode zstd gzip\n}');
    expect(caddy).toContain('erp.shop.example {\n\timport hardening\n\t@outside not remote_ip private_ranges\n\trespond @outside 403\n\treverse_proxy odoo:8069\n}');
    expect(caddy).toContain('\tbasicauth {\n\t\tops JDJhJDE0');
    expect(caddy).toContain('\thandle /api/* {\n\t\treverse_proxy admin:9000\n\t}');
  });

  it('takes upstreams from the routing table and leaves out hosts without a live route', () => {
    expect(caddy).not.toContain('odoo:8068');
    expect(caddy).toMatch(/^shop\.example \{$/m);
    expect(caddy).not.toContain('www.shop.example');
    expect(caddy).not.toContain('old.shop.example');
    expect(caddy.match(/^\S.* \{$/gm)).toEqual(['(hardening) {', 'shop.example {', 'erp.shop.example {', 'admin.shop.example {']);
  });

  it('carries the same directives into the regional Caddyfile', () => {
    const regional = caddyfileOf(loaded, 'regions/shop.example.ar/Caddyfile');
    expect(regional).toContain('erp.shop.example.ar {\n\timport hardening\n\t@outside not remote_ip private_ranges\n\trespond @outside 403\n\treverse_proxy odoo:8069\n}');
    expect(regional).toContain('email ops@shop.example.ar');
  });

  it("keeps a path's own proxy the routing table does not hold, and replaces a stale main upstream", () => {
    const block = 'a.shop.example {\n\t@longpolling path /longpolling/*\n\treverse_proxy @longpolling odoo:8072\n\treverse_proxy odoo:8068\n}';
    const out = caddyfileOf(spec(['a.shop.example → Caddy → odoo:8069'], block));
    expect(out).toContain('\treverse_proxy @longpolling odoo:8072\n\treverse_proxy odoo:8069\n');
  });

  it('adds a reverse_proxy to a site without one, and routed upstreams the site lacks', () => {
    const out = caddyfileOf(spec(['a.shop.example → Caddy → web:8080', 'a.shop.example → Caddy → admin:9000', 'b.shop.example → Caddy → odoo:8069'], 'a.shop.example {\n\treverse_proxy web:8080\n}\n\nb.shop.example {\n\tencode gzip\n}'));
    expect(out).toContain('a.shop.example {\n\treverse_proxy web:8080 admin:9000\n}');
    expect(out).toContain('b.shop.example {\n\tencode gzip\n\treverse_proxy odoo:8069\n}');
  });

  it('writes tokens back quoted, so a crafted model cannot add a directive', () => {
    const crafted = spec(ROUTES, BLOCK);
    const site = crafted.model.routing!.caddyfile!.sites[1]!;
    site.block![1]!.tokens[1]!.text = 'x\n}\nevil.example {\n\trespond pwned';
    const out = caddyfileOf(crafted);
    // One quoted (multi-line) token, as Caddy reads it: still the same sites, no new one.
    expect(out).toContain('"x\n}\nevil.example {\n\trespond pwned"');
    expect(parseCaddyfile(out, () => undefined).sites.map((s) => s.addresses)).toEqual([['shop.example'], ['erp.shop.example'], ['admin.shop.example']]);
    site.addresses[0] = 'erp.shop.example {\nrespond pwned';
    expect(() => caddyfileOf(crafted)).toThrow(/Unexpected site address/);
  });
});

describe.skipIf(!hasCaddy)('with Caddy', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bolt-caddy-carry-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('every generated Caddyfile (and the regional one) passes caddy adapt --validate, and the restriction survives in the JSON', async () => {
    const files = generate(spec(ROUTES, BLOCK, REGIONS), {}, { only: ['caddyfile', 'regions'] }).filter((f) => f.path.endsWith('Caddyfile'));
    expect(files.map((f) => f.path)).toEqual(['Caddyfile', 'regions/shop.example.ar/Caddyfile']);
    for (const f of files) {
      const { json } = await adapt(f.contents, dir, f.path.replace(/\W+/g, '_'));
      const routes = (JSON.parse(json) as { apps: { http: { servers: Record<string, { routes: { match?: { host?: string[] }[] }[] }> } } }).apps.http.servers;
      const erp = Object.values(routes)
        .flatMap((s) => s.routes)
        .find((r) => (r.match ?? []).some((m) => (m.host ?? []).some((h) => h.startsWith('erp.'))));
      const text = JSON.stringify(erp);
      expect(text, f.path).toContain('"remote_ip":{"ranges":["192.168.0.0/16","172.16.0.0/12","10.0.0.0/8","127.0.0.1/8","fd00::/8","::1"]}');
      expect(text, f.path).toMatch(/"not":\[\{"remote_ip"/);
      expect(text, f.path).toContain('"handler":"static_response","status_code":403');
      expect(text, f.path).toContain('"dial":"odoo:8069"');
    }
  });

  it('serves the docs (docs.serve) on a carried site, before its own directives, and stays valid', async () => {
    const text = generate(spec(ROUTES, BLOCK), { docs: { serve: { host: 'shop.example' } } }, { only: ['caddyfile'] })[0]!.contents;
    expect(text).toContain('shop.example {\n\tredir /docs /docs/ 308\n\thandle_path /docs/* {');
    expect(text).toMatch(/\t}\n\timport hardening\n\treverse_proxy web:8080\n}/);
    await adapt(text, dir, 'docs.Caddyfile');
  });

  it('writes the carried block as caddy fmt formats it (with and without global options)', async () => {
    for (const [name, block] of [['global', BLOCK], ['snippet-first', BLOCK.replace('{\n\temail ops@shop.example\n}\n\n', '')]] as const) {
      const text = caddyfileOf(spec(ROUTES, block, REGIONS));
      const file = join(dir, `fmt-${name}.Caddyfile`);
      await writeFile(file, text);
      const { stdout } = await run('caddy', ['fmt', file]);
      expect(stdout.split('\n'), name).toEqual(text.split('\n'));
    }
  });

  describe('running the generated site', () => {
    let upstream: Server;
    let caddy: ReturnType<typeof import('node:child_process').spawn> | undefined;
    let httpPort = 0;
    let log = '';

    beforeAll(async () => {
      upstream = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`upstream ${req.url}`));
      await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
      const upstreamPort = (upstream.address() as { port: number }).port;
      httpPort = await freePort();
      const block = `{\n\temail ops@shop.example\n}\n\nintranet.shop.example {\n\t@outside not remote_ip private_ranges\n\trespond @outside 403\n\t@blocked path /danger*\n\trespond @blocked "blocked" 403\n\treverse_proxy localhost:1\n}`;
      const generated = caddyfileOf(spec([`intranet.shop.example → Caddy → localhost:${upstreamPort}`], block));
      expect(generated).toContain(`reverse_proxy localhost:${upstreamPort}`);
      expect(generated).toContain('respond @outside 403');
      // Served over plain HTTP on a loopback port: the test's own options go into the generated global block.
      const local = generated
        .replace('{\n\temail ops@shop.example\n}', `{\n\temail ops@shop.example\n\tadmin off\n\tauto_https off\n\thttp_port ${httpPort}\n\tdefault_bind 127.0.0.1\n}`)
        .replace(/^intranet\.shop\.example \{$/m, `http://intranet.shop.example:${httpPort} {`);
      await writeFile(join(dir, 'Caddyfile'), local);
      const { spawn } = await import('node:child_process');
      caddy = spawn('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir } });
      caddy.stderr?.on('data', (d: Buffer) => (log += d.toString()));
      await waitUntil('caddy serving the generated site', async () => (await get('/')).status === 200, 20_000, () => log);
    }, 40_000);

    afterAll(async () => {
      caddy?.kill('SIGTERM');
      await new Promise<void>((r) => upstream.close(() => r()));
    });

    // fetch() drops a Host header: node:http sends it as given.
    const get = (path: string): Promise<{ status: number; text(): Promise<string> }> =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: httpPort, path, headers: { host: `intranet.shop.example:${httpPort}` } }, (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: async () => body }));
        });
        req.on('error', reject);
        req.end();
      });

    it('answers a request from 127.0.0.1 (inside private_ranges) through the routed upstream', async () => {
      const res = await get('/hello');
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('upstream /hello');
    });

    it('still refuses what the spec block refuses', async () => {
      const res = await get('/danger/zone');
      expect(res.status).toBe(403);
      expect(await res.text()).toBe('blocked');
    });
  });
});
