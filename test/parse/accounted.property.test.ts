/**
 * Nothing is dropped silently: for specs made of rows written every which way (good, odd and
 * broken cells), every inventory row, route line, endpoint, secret line and changelog entry is
 * either in the model or has a diagnostic on its own line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSpecs } from '../../src/load/index.js';

const name = fc.constantFrom('api', 'db', 'cache', 'web-1', 'worker_2', 'bad name', '', 'a/b');
const image = fc.constantFrom('postgres:15', 'redis', 'registry.acme.io:5000/shop/api:2.4.1', 'Custom (Go 1.22)', 'Postgres:15', 'x@sha256:123', 'minio/minio@sha256:' + 'a'.repeat(64), '');
const ports = fc.constantFrom('5432', '8001→8000', '8080->80', '53:53/udp', '-', '3010=>3000', '99999→3000', '80, 443', 'http', '');
const status = fc.constantFrom('✅ Running', 'Running', 'planned', '✅ Activo', 'Aktiv', '🟡', 'whatever', '', '🚧 WIP');
const row = fc.tuple(name, image, ports, status).map(([n, i, p, s]) => `| ${n} | ${i} | ${p} | purpose | ${s} |`);
const route = fc.constantFrom('a.example.com → Caddy → api:8000', 'b.example.com -> web:80 (planned)', 'broken line', 'c.example.com → Caddy → bad target!', 'd.example.com → ext.example.org');
const endpoint = fc.constantFrom('`/health`', '`GET /orders`', '`POST /orders`', '`/items/{id}`', '`not a path`', '`DELETE /x`');
const secret = fc.constantFrom('DB_PASSWORD=***', 'REDIS_URL=redis://cache:6379/0', 'not a line', 'export TOKEN=xxx', 'KEY_FILE=/run/secrets/key');
const changelog = fc.constantFrom('### **v1.2.0** (2025-11-23)', '### [1.1.0] - 2025-10-01', '### v1.0.0', '### Unreleased', '### **v2.0** (soon)');

const spec = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 8 }),
  routes: fc.array(route, { minLength: 1, maxLength: 6 }),
  endpoints: fc.array(endpoint, { minLength: 1, maxLength: 6 }),
  secrets: fc.array(secret, { minLength: 1, maxLength: 6 }),
  changelog: fc.array(changelog, { minLength: 1, maxLength: 4 }),
});

describe('every line of a known section is accounted for', () => {
  it('is in the model or has a diagnostic at its own line', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const lines = [
          '# Test - Spec',
          '**Version:** 1.2.0',
          '',
          '## Container Inventory',
          '',
          '### Production Services',
          '',
          '| Container | Image | Port(s) | Purpose | Status |',
          '|---|---|---|---|---|',
        ];
        const want: { kind: string; line: number }[] = [];
        for (const r of s.rows) want.push({ kind: 'row', line: lines.push(r) });
        lines.push('', '## Domain Routing', '', '```');
        for (const r of s.routes) want.push({ kind: 'route', line: lines.push(r) });
        lines.push('```', '', '## API Endpoints', '', '### API (`api.example.com`)', '', '**Categories:**');
        const categoryLine = lines.push(`- \`core\`: ${s.endpoints.join(', ')}`);
        lines.push('', '## Secrets Management', '', '```bash', '# Group');
        for (const k of s.secrets) want.push({ kind: 'secret', line: lines.push(k) });
        lines.push('```', '', '## Change Log', '');
        for (const c of s.changelog) {
          want.push({ kind: 'changelog', line: lines.push(c) });
          lines.push('- item', '');
        }
        const { model, issues } = extractSpecs([{ file: 'specs/os.md', text: `${lines.join('\n')}\n` }]);
        const diagnosed = new Set(issues.map((i) => i.pos.line));
        const inModel = new Set<number>([
          ...(model.inventory?.tiers.flatMap((t) => t.containers.map((c) => c.pos?.line ?? -1)) ?? []),
          ...(model.routing?.routes.map((r) => r.pos?.line ?? -1) ?? []),
          ...(model.secrets?.keys.map((k) => k.pos?.line ?? -1) ?? []),
          ...model.changelog.map((c) => c.pos?.line ?? -1),
        ]);
        for (const w of want) expect(inModel.has(w.line) || diagnosed.has(w.line), `${w.kind} at line ${w.line}: ${lines[w.line - 1]}`).toBe(true);
        // Endpoints share one line: each token is in the model or has a diagnostic of its own.
        const endpoints = model.api?.categories.flatMap((c) => c.endpoints) ?? [];
        const onLine = issues.filter((i) => i.pos.line === categoryLine).length;
        expect(endpoints.length + onLine).toBe(s.endpoints.length);
      }),
      { numRuns: 150 },
    );
  });
});
