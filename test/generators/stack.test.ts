/**
 * The Docker Swarm stack target: what Swarm needs and nothing it refuses, the real `docker stack
 * config` (the Docker CLI needs no engine for it) and the Compose schema accept every stack file,
 * the Traefik edge keeps the Caddyfile block's access rules, and a spec of local builds refuses
 * with one finding per image and nothing written.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadWorkspace } from '../../src/load/workspace.js';
import { generate } from '../../src/pipeline/build.js';
import { bolt } from '../helpers/cli.js';
import { COMPOSE_SCHEMA, composeSchemaValidator } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const hasDocker = (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, 'docker')));
if (!hasDocker) console.warn('skipping docker stack config: the Docker CLI is not installed');

const repos: string[] = [];
afterAll(() => {
  for (const r of repos) rmSync(r, { recursive: true, force: true });
});

/** A copy of the seed's specs with `config` as bolt.config.yaml and `edit` applied to os.md. */
function seedRepo(config: string, edit: (text: string) => string = (t) => t): string {
  const repo = mkdtempSync(join(tmpdir(), 'bolt-stack-'));
  repos.push(repo);
  cpSync(join(ROOT, 'specs'), join(repo, 'specs'), { recursive: true });
  writeFileSync(join(repo, 'specs/os.md'), edit(readFileSync(join(repo, 'specs/os.md'), 'utf8')));
  writeFileSync(join(repo, 'bolt.config.yaml'), config);
  return repo;
}

async function stackFiles(repo: string): Promise<Map<string, string>> {
  const { config, loaded } = await loadWorkspace({ cwd: repo });
  return new Map(generate(loaded, config).map((f) => [f.path, f.contents]));
}

/** `docker stack config` on a written copy of the outputs, with every `${KEY}` of the file exported. */
async function stackConfig(files: Map<string, string>, path: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bolt-stack-out-'));
  repos.push(dir);
  for (const [p, text] of files) {
    const target = join(dir, p);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  const text = files.get(path)!;
  const env = Object.fromEntries([...text.matchAll(/\$\{([A-Z0-9_]+)/g)].map((m) => [m[1]!, 'set-at-deploy']));
  const { stdout } = await run('docker', ['stack', 'config', '-c', path.split('/').pop()!], { cwd: join(dir, dirname(path)), env: { ...process.env, ...env } });
  return stdout;
}

describe('bolt build with the stack target, on the seed', async () => {
  const repo = seedRepo('targets: [compose, stack]\n');
  const files = await stackFiles(repo);
  const stackPaths = [...files.keys()].filter((p) => p.endsWith('docker-stack.yml'));
  const doc = parse(files.get('stack/docker-stack.yml')!) as { services: Record<string, Record<string, unknown> & { deploy: Record<string, unknown> }>; secrets?: Record<string, unknown>; networks: Record<string, unknown> };

  it('writes the main stack, its README and one stack per regional domain', () => {
    expect(stackPaths).toEqual(['regions/smarterbot.com.ar/docker-stack.yml', 'regions/smarterbot.com.pe/docker-stack.yml', 'stack/docker-stack.yml']);
    expect(files.has('stack/README.md')).toBe(true);
  });

  it('leaves out what Swarm ignores or refuses, and names what it leaves out', () => {
    for (const [name, svc] of Object.entries(doc.services)) {
      for (const key of ['container_name', 'build', 'restart', 'depends_on', 'env_file', 'profiles']) expect(svc, `${name}.${key}`).not.toHaveProperty(key);
      expect(svc.deploy.replicas).toBe(1);
    }
    // Planned (chatwoot, vault) and locally built (smartapi: named after the API host) are out, and said to be.
    expect(Object.keys(doc.services).sort()).toEqual(['caddy', 'n8n', 'odoo', 'postgres', 'redis']);
    expect(files.get('stack/docker-stack.yml')).toMatch(/# Left out: chatwoot, vault/);
    expect(files.get('stack/docker-stack.yml')).toMatch(/built locally .*: smartapi/);
  });

  it('pins stateful services to the data node, stop-first; stateless ones update start-first', () => {
    for (const name of ['postgres', 'redis']) {
      expect(doc.services[name]!.deploy).toMatchObject({ placement: { constraints: ['node.labels.smarteros.data == true'] }, update_config: { order: 'stop-first' } });
    }
    expect(doc.services.n8n!.deploy).toMatchObject({ update_config: { order: 'start-first' } });
    expect(doc.services.n8n!.deploy).not.toHaveProperty('placement');
  });

  it('publishes Caddy in host mode on the edge node, with the Caddyfile as a Swarm config', () => {
    const caddy = doc.services.caddy!;
    expect(caddy.ports).toEqual([
      { target: 80, published: 80, protocol: 'tcp', mode: 'host' },
      { target: 443, published: 443, protocol: 'tcp', mode: 'host' },
    ]);
    expect(caddy.configs).toEqual([{ source: 'caddyfile', target: '/etc/caddy/Caddyfile' }]);
    expect(caddy.deploy).toMatchObject({ placement: { constraints: ['node.labels.smarteros.edge == true'] } });
    expect(doc.networks).toEqual({ smarteros: { driver: 'overlay', attachable: true } });
  });

  it('passes secrets as external Swarm secrets, never a value from the spec', () => {
    const text = files.get('stack/docker-stack.yml')!;
    for (const secret of Object.values(doc.secrets ?? {})) expect(secret).toEqual({ external: true });
    const readme = files.get('stack/README.md')!;
    for (const name of Object.keys(doc.secrets ?? {})) expect(readme).toContain(`docker secret create ${name} -`);
    // Every sensitive spec key reaches a service only as a secret or a reference.
    for (const line of text.split('\n')) {
      const m = /^\s+([A-Z][A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|ROLE)): (.*)$/.exec(line);
      if (m) expect(m[2], line).toMatch(/^\$\{|^\/run\/secrets\//);
    }
  });

  it.skipIf(!hasDocker)('is accepted by `docker stack config`, main and regional files alike', async () => {
    for (const path of stackPaths) expect(await stackConfig(files, path), path).toContain('services:');
  });

  it.skipIf(!existsSync(COMPOSE_SCHEMA))('passes the Compose Specification schema', () => {
    const validate = composeSchemaValidator();
    for (const path of stackPaths) expect(validate(parse(files.get(path)!)) ? [] : validate.errors, path).toEqual([]);
  });

  it('is deterministic', async () => {
    const again = await stackFiles(repo);
    for (const path of stackPaths) expect(again.get(path)).toBe(files.get(path));
  });
});

describe('the Traefik edge for Dokploy', async () => {
  const restricted = (text: string): string =>
    text.replace('n8n.smarterbot.cl {\n    reverse_proxy n8n:5678\n}', 'n8n.smarterbot.cl {\n    @outside not remote_ip private_ranges\n    respond @outside 403\n    reverse_proxy n8n:5678\n}');
  const repo = seedRepo('targets: [compose, stack]\nproxy: traefik\ntraefik:\n  certResolver: le\n', restricted);
  const files = await stackFiles(repo);
  const doc = parse(files.get('stack/docker-stack.yml')!) as { services: Record<string, { deploy: { labels?: Record<string, string> }; networks: string[] }>; networks: Record<string, unknown> };

  it('has no Caddy service, joins dokploy-network, and routes each live host with TLS', () => {
    expect(doc.services).not.toHaveProperty('caddy');
    expect(doc.networks['dokploy-network']).toEqual({ external: true });
    expect(doc.services.odoo!.networks).toContain('dokploy-network');
    expect(doc.services.odoo!.deploy.labels).toMatchObject({
      'traefik.enable': 'true',
      'traefik.http.routers.odoo-1.rule': 'Host(`odoo.smarterbot.cl`)',
      'traefik.http.routers.odoo-1.tls.certresolver': 'le',
      'traefik.http.services.odoo.loadbalancer.server.port': '8069',
    });
  });

  it('keeps the Caddyfile block’s restriction as an ipAllowList middleware', () => {
    const labels = doc.services.n8n!.deploy.labels!;
    expect(labels['traefik.http.routers.n8n-1.middlewares']).toBe('n8n-1-allow');
    expect(labels['traefik.http.middlewares.n8n-1-allow.ipallowlist.sourcerange']).toBe('192.168.0.0/16,172.16.0.0/12,10.0.0.0/8,127.0.0.1/8,fd00::/8,::1');
    expect(doc.services.odoo!.deploy.labels).not.toHaveProperty('traefik.http.routers.odoo-1.middlewares');
  });

  it.skipIf(!hasDocker)('is accepted by `docker stack config`', async () => {
    expect(await stackConfig(files, 'stack/docker-stack.yml')).toContain('traefik.http.routers.n8n-1.rule');
  });
});

describe('the stack target on the command line', () => {
  it('writes nothing of the stack by default', async () => {
    const files = await stackFiles(seedRepo('rules: {}\n'));
    expect([...files.keys()].filter((p) => p.includes('stack'))).toEqual([]);
  });

  it('refuses a spec of local builds with one finding per image, writing nothing', async () => {
    const repo = seedRepo('rules: {}\n', (t) => t.replace('`postgres:15`', '`Custom (PostgreSQL with extensions)`').replace('`redis:7`', '`Custom (Redis build)`'));
    const result = await bolt(['build', '--target', 'stack', '--no-color'], repo);
    expect(result.code).toBe(1);
    const findings = result.stderr.match(/deploy\/unbuilt-image-in-stack/g) ?? [];
    expect(findings).toHaveLength(3); // smartapi (the API host's image), postgres, redis
    expect(existsSync(join(repo, 'out'))).toBe(false);
    expect(readdirSync(repo).sort()).toEqual(['bolt.config.yaml', 'specs']);
  });
});
