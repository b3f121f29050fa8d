import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATORS } from '../../generators/index.js';
import type { SpecModel } from '../../src/model/schema.js';
import { extractSpecs, loadSpecs } from '../../src/load/index.js';
import { comparable } from '../../src/snapshot/positions.js';
import { renderSpec } from '../../generators/os-md/render.js';
import { createTemplates } from '../../src/templates.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const CASES = [
  { name: 'seed', cwd: join(import.meta.dirname, '../..'), expected: join(FIXTURES, 'seed/expected/os.md') },
  { name: 'acme', cwd: join(FIXTURES, 'acme'), expected: join(FIXTURES, 'acme/expected/os.md') },
  { name: 'multi-file', cwd: join(import.meta.dirname, '../fixtures/multi-file'), expected: join(FIXTURES, 'multi-file/expected/os.md') },
  { name: 'qualifiers', cwd: join(FIXTURES, 'qualifiers'), expected: join(FIXTURES, 'qualifiers/expected/os.md') },
];

/** Every generator's files (or its error), for comparing two models output by output. */
function outputs(model: SpecModel, lock: Awaited<ReturnType<typeof loadSpecs>>['lock']): Record<string, string> {
  const templates = createTemplates();
  const out: Record<string, string> = {};
  for (const g of GENERATORS) {
    try {
      for (const f of g.generate({ model, lock, config: {}, templates })) out[f.path] = f.contents;
    } catch (error) {
      out[`error:${g.id}`] = (error as Error).message;
    }
  }
  return out;
}

describe.each(CASES)('os.md round trip: $name', ({ cwd, expected }) => {
  it('renders the canonical form, reads back as the same model, and renders again identically', async () => {
    const loaded = await loadSpecs({ cwd });
    const text = renderSpec(loaded.model);
    await expect(text).toMatchFileSnapshot(expected);
    const back = extractSpecs([{ file: 'out/os.md', text }]);
    expect(back.issues).toEqual([]);
    expect(comparable(back.model)).toEqual(comparable(loaded.model));
    expect(renderSpec(back.model)).toBe(text);
  });

  it('builds byte-identical outputs from out/os.md and from the specs', async () => {
    const loaded = await loadSpecs({ cwd });
    const back = extractSpecs([{ file: 'out/os.md', text: renderSpec(loaded.model) }]);
    const fromSpecs = outputs(loaded.model, loaded.lock);
    expect(Object.keys(fromSpecs)).toContain('os.md');
    // Outputs may name the files they came from ("generated from specs/os.md"): that provenance
    // is the one thing allowed to differ, so the snapshot's model takes the specs' file list.
    expect(outputs({ ...back.model, files: loaded.model.files }, loaded.lock)).toEqual(fromSpecs);
  });
});

describe('os.md and secrets', () => {
  it('never writes a literal secret value, only its mask; configuration stays', async () => {
    const loaded = await loadSpecs({ cwd: join(FIXTURES, 'acme') });
    const source = loaded.sources['specs/os.md']!;
    expect(source).not.toContain('hunter2'); // redacted where it is loaded
    expect(source).toContain(`NATS_PASSWORD=${'•'.repeat('hunter2hunter2'.length)}`);
    const text = renderSpec(loaded.model);
    expect(text).not.toContain('hunter2');
    expect(text).toContain(`NATS_PASSWORD=${'•'.repeat('hunter2hunter2'.length)}`);
    expect(text).toContain('DB_URL=postgres://acme@db:5432/orders'); // a URL without a password is a setting
    const back = extractSpecs([{ file: 'out/os.md', text }]).model.secrets!.keys.find((k) => k.key === 'NATS_PASSWORD');
    expect(back).toMatchObject({ literal: 'a literal credential', placeholder: false });
  });
});

describe('os.md keeps what the extractors used to drop', () => {
  const load = () => loadSpecs({ cwd: join(FIXTURES, 'qualifiers') });

  it('keeps the qualifier of every H3 title in the model and writes it back', async () => {
    const { model } = await load();
    expect(model.inventory!.tiers.map((t) => t.qualifier)).toEqual(['Production', '`lab.qual.example`']);
    expect(model.routing!.groups.map((g) => g.qualifier)).toEqual(['edge', '`operators`', undefined]);
    expect(model.routing!.caddyfile!.qualifier).toBe('v2');
    expect(model.databases.map((d) => d.qualifier)).toEqual(['PostgreSQL', 'Redis']);
    expect(model.secrets).toMatchObject({ envFile: '.env.qual', vault: { qualifier: 'HashiCorp', planned: false } });
    expect(model.monitoring).toMatchObject({ healthQualifier: 'HTTP', expectedHealth: { qualifier: 'JSON' }, observability: { qualifier: '**Planned**', planned: true } });
    expect([model.mcp!.mount!.qualifier, model.mcp!.toolCategories!.qualifier, model.mcp!.usage!.qualifier]).toEqual(['FastAPI', '`v1`', 'Python']);
    expect(model.requirements.map((r) => [r.id, r.qualifier])).toEqual([['minimum', 'single box'], ['recommended', '`HA`']]);
    const text = renderSpec(model);
    for (const h of ['### **Core** (Production)', '### **Caddyfile Configuration** (v2)', '### **Observability Stack** (**Planned**)', '### **Recommended** (`HA`)']) expect(text).toContain(h);
  });

  it('keeps `#` comment lines of routing blocks before the route they precede', async () => {
    const { model } = await load();
    const [pub, internal, only] = model.routing!.groups;
    expect(pub!.comments!.map(({ text, before }) => [text, before])).toEqual([['public sites', 0], ['', 1], ['trailing note', 2]]);
    expect(internal!.comments!.map((c) => c.text)).toEqual(['operators only']);
    expect(only!.comments!.map(({ text, before }) => [text, before])).toEqual([['nothing routed yet', 0]]);
    expect(renderSpec(model)).toContain('```\n# public sites\nqual.example      → Caddy → api:9000\n#\nwww.qual.example  → Caddy → qual.example\n# trailing note\n```');
  });

  it('keeps the order of the overview paragraphs and lists', async () => {
    const { model } = await load();
    expect(model.overview!.intro).toHaveLength(3);
    expect(model.overview!.stack.map((s) => [s.name, s.paragraphsBefore])).toEqual([['Caddy', 0], ['Postgres', 2], ['Redis', undefined], ['NATS', 0]]);
    const section = renderSpec(model).split('## System Overview\n\n')[1]!.split('\n\n---')[0];
    expect(section).toBe(
      '- **Caddy** first, before any paragraph\n\nQualOS keeps the order of what is written here.\n\nTwo paragraphs in a row.\n- **Postgres** for data\n- **Redis**\n\n* **NATS** in a list of its own\n\nA closing paragraph.',
    );
  });

  it('records no extra cell for an empty or missing one, and writes both as an empty cell', async () => {
    const { model } = await load();
    const extra = Object.fromEntries(model.inventory!.tiers.flatMap((t) => t.containers.map((c) => [c.name, c.extra])));
    expect(extra).toEqual({ api: { Notes: 'fast', Owner: 'team-a' }, db: { Owner: 'team-b' }, cache: {}, worker: { Notes: 'retries' }, sandbox: {} });
    expect(renderSpec(model)).toContain('| `cache` | `redis:7` | 6379 | Cache | 🟡 Planned |  |  |');
  });

  it('drops a `Tables:` key whose entries were all unparsed, and reports them', async () => {
    const { model, issues } = await load();
    expect(model.databases[1]).toMatchObject({ title: 'Broken', tables: [], fields: [{ key: 'Host' }] });
    expect(model.databases[1]).not.toHaveProperty('tablesKey');
    expect(issues.filter((i) => i.message.includes('table item'))).toHaveLength(2);
    expect(renderSpec(model)).toContain('### **Broken** (Redis)\n\n- **Host:** `cache:6379`\n\n---');
  });
});
