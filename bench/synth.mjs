/**
 * Synthetic specs in the documented format (DESIGN.md "The spec format"), for the benchmark and the
 * perf tests: N services with their inventory rows, routes, Caddyfile sites, API endpoints, secrets
 * and lock pins, plus the fixed sections of the seed. Deterministic: the same N gives the same bytes.
 *
 * Usage: node bench/synth.mjs N [DIR]   writes DIR/specs/os.md and DIR/specs/versions.lock
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const STATUSES = ['✅ Running', '✅ Running', '✅ Running', '🟡 Planned', '🔵 Pending'];
const IMAGES = ['postgres', 'redis', 'odoo', 'n8nio/n8n', 'caddy', 'vault', 'acme/api', 'acme/worker'];
// After the first eight, services run application images only: one database, one cache and one
// proxy, as a real platform has. With every eighth service a postgres and a caddy, each odoo would
// wait for every postgres and each caddy for every route, and the compose files alone would grow
// with N² (1.4 MB of compose for 500 services), which no generator can write in linear time.
const APP_IMAGES = ['odoo', 'n8nio/n8n', 'vault', 'acme/api', 'acme/worker'];
const COUNTRIES = ['ar', 'pe', 'mx', 'co', 'uy', 'py', 'bo', 'ec', 'br', 'es'];

/** Service i's name, image, tag and port. */
function service(i) {
  const name = `svc-${String(i).padStart(5, '0')}`;
  const image = i < IMAGES.length ? IMAGES[i] : APP_IMAGES[i % APP_IMAGES.length];
  const tag = `${1 + (i % 9)}.${i % 13}`;
  return { name, image, tag, port: 10000 + i, status: STATUSES[i % STATUSES.length] };
}

/** The spec text and versions.lock for `n` services. */
export function synthSpec(n) {
  const services = Array.from({ length: n }, (_, i) => service(i));
  const categories = Math.max(1, Math.ceil(n / 10));
  // One regional domain per 200 services, at most one per country: every region repeats the
  // production outputs, so regions growing with N would make the outputs grow with N² too.
  const regions = Math.min(COUNTRIES.length, Math.max(2, Math.ceil(n / 200)));
  const out = [];
  const push = (...lines) => out.push(...lines);
  push('# SmarterOS - Operating System Snapshot', '**Version:** 1.2.0  ', '**Date:** 2025-11-23  ', `**Purpose:** Synthetic spec with ${n} services`, '', '---', '');
  push('## 🎯 System Overview', '', '**SmarterOS** is a containerized business automation operating system built on:', '- **Docker** for service isolation', '- **Caddy** for reverse proxy & SSL', '', '---', '');
  push('## 🐳 Container Inventory', '', '### **Production Services**', '', '| Container | Image | Port(s) | Purpose | Status |', '|-----------|-------|---------|---------|--------|');
  for (const s of services) push(`| \`${s.name}\` | \`${s.image}:${s.tag}\` | ${s.port} | Service ${s.name} of the ${s.image} family | ${s.status} |`);
  push('', '---', '');
  push('## 🌐 Domain Routing', '', '### **Production Domains**', '', '```');
  for (const s of services) push(`${s.name}.smarterbot.cl → Caddy → ${s.name}:${s.port}${s.status.includes('Planned') ? ' (planned)' : ''}`);
  push('```', '', '### **Caddyfile Configuration**', '', 'Located at: `/etc/caddy/Caddyfile`', '', '```caddy');
  for (const s of services) if (!s.status.includes('Planned')) push(`${s.name}.smarterbot.cl {`, `    reverse_proxy ${s.name}:${s.port}`, '}', '');
  push('```', '', '---', '');
  push('## 🔌 API Endpoints', '', '### **Unified API** (`api.smarterbot.cl`)', '', '**Version:** 1.2.0', '', '**Categories:**');
  for (let c = 0; c < categories; c++) {
    const paths = services.slice(c * 10, c * 10 + 10).map((s, k) => `\`${k % 3 === 0 ? 'POST ' : ''}/cat${c}/${s.name.replace('-', '_')}\``);
    push(`- \`cat${c}\`: ${paths.join(', ')}`);
  }
  push('', '**MCP Registry:**', '```', 'GET /registry.json', '```', `Returns auto-generated tool catalog with ${n} tools across ${categories} categories.`, '', '---', '');
  push('## 🔐 Secrets Management', '', '### **Environment Variables** (`.env.production`)', '', '```bash');
  for (const s of services) {
    if (s.port % 10 === 0) push('', `# Group ${s.port / 10}`);
    push(`${s.name.toUpperCase().replace('-', '_')}_API_KEY=***`);
  }
  push('```', '', '---', '');
  push('## 📊 Monitoring & Health', '', '### **Health Check Endpoints**', '');
  for (const s of services.slice(0, Math.min(n, 50))) push(`- \`https://${s.name}.smarterbot.cl/health\` - ${s.name} status`);
  push('', '---', '');
  push('## 🌍 Multi-Country Deployment', '', '### **Regional Variations**', '');
  const domains = Array.from({ length: regions }, (_, r) => `\`r${r}.smarterbot.com.${COUNTRIES[r % COUNTRIES.length]}\``);
  push(`Each country-specific installation (${domains.join(', ')}) runs:`, '- **Same Docker images** (pulled from HQ registry)');
  push('', '---', '');
  push('## 📝 Change Log', '', '### **v1.2.0** (2025-11-23)', '- ✅ Synthetic release', '', '---', '');
  push('## 📞 Support', '', '- **Email:** soporte@smarterbot.cl', '', '---', '');
  push('**Last Updated:** 2025-11-23  ', '**Maintained By:** SmarterOS Team  ', '**License:** Proprietary', '');
  const lock = ['schema: 1', 'os: { name: SmarterOS, version: "1.2.0" }', 'runtime: { docker: ">=26.1.0", compose: ">=2.24.0" }', 'images:'];
  for (const s of services) lock.push(`  ${s.name}: { image: ${s.image}, tag: "${s.tag}" }`);
  return { spec: out.join('\n'), lock: `${lock.join('\n')}\n` };
}

/** Writes a synthetic spec repository (specs/os.md + specs/versions.lock) into `dir`. */
export function writeSynthRepo(n, dir) {
  const { spec, lock } = synthSpec(n);
  mkdirSync(join(dir, 'specs'), { recursive: true });
  writeFileSync(join(dir, 'specs', 'os.md'), spec);
  writeFileSync(join(dir, 'specs', 'versions.lock'), lock);
  return { bytes: Buffer.byteLength(spec), dir };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 2000);
  const dir = resolve(process.argv[3] ?? `bench/.work/synth-${n}`);
  const { bytes } = writeSynthRepo(n, dir);
  process.stdout.write(`${dir}/specs/os.md: ${n} services, ${bytes} bytes\n`);
}
