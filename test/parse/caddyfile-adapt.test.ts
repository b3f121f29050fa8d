/**
 * The Caddyfile reader against Caddy itself: for the seed's block, every corpus spec's block, the
 * test fixtures' blocks and the hand-written hostile-but-valid files in `caddyfiles/` (global
 * options, snippets with arguments, several addresses per site, schemes and ports, named matchers,
 * handle/handle_path/route/handle_errors, `to`, forward_auth, php_fastcgi, CRLF, continuations,
 * quotes, catch-alls, the braceless single site), the hosts and upstream dial addresses we extract
 * equal the ones in `caddy adapt`'s JSON (apps.http.servers.*.routes[].match[].host, and every
 * `reverse_proxy` handler's upstreams[].dial, subroutes walked).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fg from 'fast-glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSpecs } from '../../src/load/index.js';
import { addressParts, upstreamDial } from '../../src/model/caddyfile.js';
import type { CaddySite } from '../../src/model/schema.js';
import { parseCaddyfile } from '../../src/parse/caddyfile.js';

const run = promisify(execFile);
const hasCaddy = (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, 'caddy')));
if (!hasCaddy) console.warn('skipping the caddy adapt differential test: caddy is not installed (apt-get install caddy)');

/** host ('' for a catch-all) → sorted unique dial addresses. */
type HostDials = Record<string, string[]>;

function add(into: Map<string, Set<string>>, host: string, dials: string[]): void {
  const set = into.get(host) ?? new Set<string>();
  for (const d of dials) set.add(d);
  into.set(host, set);
}

function sorted(map: Map<string, Set<string>>): HostDials {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([h, d]) => [h, [...d].sort()]));
}

/** Every `reverse_proxy` handler's dials below a JSON node (subroutes, handle_response, errors). */
function dials(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) dials(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.handler === 'reverse_proxy') for (const u of (o.upstreams as { dial?: string }[] | undefined) ?? []) if (u.dial) out.push(u.dial);
    for (const v of Object.values(o)) dials(v, out);
  }
  return out;
}

/** Caddy's view: per server route, its hosts (or '' without a host matcher) and the dials under it. */
function fromAdapt(json: string): HostDials {
  const config = JSON.parse(json) as { apps?: { http?: { servers?: Record<string, { routes?: unknown[]; errors?: { routes?: unknown[] } }> } } };
  const map = new Map<string, Set<string>>();
  for (const server of Object.values(config.apps?.http?.servers ?? {})) {
    const routes = [...(server.routes ?? [])] as { match?: { host?: string[] }[]; handle?: unknown }[];
    const errors = (server.errors?.routes ?? []) as { match?: { host?: string[] }[]; handle?: unknown }[];
    for (const r of [...routes, ...errors]) {
      const hosts = (r.match ?? []).flatMap((m) => m.host ?? []);
      for (const h of hosts.length ? hosts : ['']) add(map, h.toLowerCase(), dials(r.handle));
    }
  }
  return sorted(map);
}

/** Our view: each site's address hosts and its upstreams' dial addresses. */
function fromModel(sites: CaddySite[]): HostDials {
  const map = new Map<string, Set<string>>();
  for (const s of sites) {
    const d = s.upstreams.map((u) => upstreamDial(u.raw));
    for (const a of s.addresses) add(map, addressParts(a).host, d);
  }
  return sorted(map);
}

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..');

interface Case {
  name: string;
  code: string;
  sites: CaddySite[];
}

function handWritten(): Case[] {
  const dir = join(here, 'caddyfiles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.caddy'))
    .sort()
    .map((f) => {
      const code = readFileSync(join(dir, f), 'utf8');
      const parsed = parseCaddyfile(code, () => undefined);
      expect(parsed.errors, f).toEqual([]);
      return { name: `caddyfiles/${f}`, code, sites: parsed.sites };
    });
}

/** The ```caddy block of every spec in the repository's fixtures and corpus, read through the whole extractor. */
function fromSpecs(): Case[] {
  const repos = [
    root,
    ...fg.sync('test/fixtures/corpus/*', { cwd: root, onlyDirectories: true, absolute: true }),
    ...fg.sync('test/{generators,snapshot}/fixtures/*', { cwd: root, onlyDirectories: true, absolute: true }),
  ].sort();
  const cases: Case[] = [];
  for (const repo of repos) {
    const files = fg.sync('specs/**/*.md', { cwd: repo }).sort();
    if (files.length === 0) continue;
    const { model } = extractSpecs(files.map((file) => ({ file, text: readFileSync(join(repo, file), 'utf8') })));
    const caddy = model.routing?.caddyfile;
    if (!caddy || caddy.code.trim() === '') continue;
    cases.push({ name: repo === root ? 'seed specs/os.md' : repo.slice(root.length + 1), code: caddy.code, sites: caddy.sites });
  }
  return cases;
}

describe.skipIf(!hasCaddy)('the Caddyfile reader agrees with caddy adapt', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bolt-adapt-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const cases = [...handWritten(), ...fromSpecs()];
  it('covers the seed, the corpus and the hand-written files', () => {
    expect(cases.map((c) => c.name)).toContain('seed specs/os.md');
    expect(cases.filter((c) => c.name.startsWith('caddyfiles/')).length).toBeGreaterThanOrEqual(7);
    expect(cases.filter((c) => c.name.startsWith('test/fixtures/corpus/')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: same hosts and upstreams as caddy adapt', async (_name, c) => {
    const file = join(dir, `${c.name.replace(/\W+/g, '_')}.caddy`);
    await writeFile(file, c.code);
    const { stdout } = await run('caddy', ['adapt', '--config', file, '--adapter', 'caddyfile'], { maxBuffer: 16 * 1024 * 1024 });
    expect(fromModel(c.sites)).toEqual(fromAdapt(stdout));
  });
});
