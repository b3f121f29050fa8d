/**
 * fast-check arbitraries for whole SpecModels as the parser builds them: every derived field
 * (tier ids, image parts, placeholders, Caddyfile sites, commands, tool examples…) is computed with
 * the same helpers the extractors use, so a generated model is one a spec could produce.
 */
import fc from 'fast-check';
import type { Block, Group, KeyValue, List, SectionId, SpecModel } from '../../src/model/schema.js';
import { isPlaceholder, isReference, isSensitiveKey, literalKind, maskValue, unquote } from '../../src/model/secret-values.js';
import { parseImage, parsePort } from '../../src/model/values.js';
import { parseCaddyfile } from '../../src/parse/caddyfile.js';
import { ChunkContext } from '../../src/parse/context.js';
import { SECTION_TITLES, sectionIdOf, slug } from '../../src/model/sections.js';
import { tierId } from '../../src/parse/extract/inventory.js';
import { commandsOf, stripInline } from '../../src/parse/mdast.js';

// Words that steer an H3 to a special reading (vault, caddyfile, expected response…) stay out of titles.
const RESERVED = /vault|caddy|expect|respons|observ|stack|categor|minimum|recommend|planned|general/i;
const word = fc.stringMatching(/^[A-Z][a-z]{2,7}$/).filter((w) => !RESERVED.test(w));
const lower = fc.stringMatching(/^[a-z]{1,8}$/);
const title = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const token = fc.oneof({ weight: 4, arbitrary: lower }, lower.map((w) => `\`${w}\``), lower.map((w) => `**${w}**`), fc.integer({ min: 0, max: 999 }).map(String));
const sentence = fc.tuple(lower, fc.array(token, { maxLength: 6 })).map(([a, rest]) => [a, ...rest].join(' '));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const semver = fc.tuple(fc.nat(9), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`);
const date = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const host = fc.tuple(lower, fc.constantFrom('example.com', 'acme.cl', 'test.org')).map(([a, b]) => `${a}.${b}`);
const containerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/);

/** The trailing `(…)` of an H3 title, or none. */
const qualifier = maybe(fc.constantFrom('PostgreSQL', '`/srv/app`', 'v2 **beta**', 'EU-west', '2025'));
/** A qualifier that may be `Planned`, and the `planned` flag the extractor derives from it. */
const plannedQualifier = maybe(fc.constantFrom('Planned', '**Planned**', 'HashiCorp', '`opt-in`')).map((q) => ({ qualifier: q, planned: q !== undefined && /^planned$/i.test(stripInline(q)) }));

const keyValue = fc.record({ key: title, value: fc.oneof(sentence, fc.constant('')) }).map((f): KeyValue => ({ ...f, text: stripInline(f.value) }));
const kvs = fc.array(keyValue, { maxLength: 4 });
const definedOnly = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const ctx = new ChunkContext({ file: 'gen.md', line: 1, offset: 0, text: '' }, []);

const list: fc.Arbitrary<List> = fc
  .record({ ordered: fc.boolean(), start: fc.integer({ min: 1, max: 5 }), items: fc.array(fc.record({ md: sentence, children: maybe(fc.array(sentence, { minLength: 1, maxLength: 3 })) }), { minLength: 1, maxLength: 4 }) })
  .map(({ ordered, start, items }) => ({
    ordered,
    ...(ordered ? { start } : {}),
    items: items.map((i) => definedOnly({ md: i.md, children: i.children && { ordered: false, items: i.children.map((md) => ({ md })) } })),
  }));

const codeBlock = fc.array(fc.oneof(sentence.map((s) => `# ${s}`), sentence.map((s) => `run ${s}`), fc.constant('')), { minLength: 1, maxLength: 5 }).map((lines): Block => {
  const code = lines.join('\n').replace(/^\n+|\n+$/g, '');
  return { type: 'code', lang: 'bash', code, commands: commandsOf({ type: 'code', value: code }, ctx) };
});
const block: fc.Arbitrary<Block> = fc.oneof(sentence.map((md): Block => ({ type: 'paragraph', md })), list.map((l): Block => ({ type: 'list', list: l })), codeBlock);

const group: fc.Arbitrary<Group> = fc.record({ title, qualifier: maybe(fc.constantFrom('Planned', '`install.sh`')), blocks: fc.array(block, { maxLength: 3 }) }).map((g) => definedOnly({ ...g, planned: g.qualifier === 'Planned' }));
const groups = fc.array(group, { maxLength: 3 });

const container = fc.record({
  name: containerName,
  image: fc.oneof(fc.tuple(lower, fc.constantFrom('1', '2.7', 'latest', '15-alpine')).map(([n, t]) => `${n}:${t}`), fc.constant('Custom (Python 3.12)')),
  ports: fc.array(fc.tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }), fc.constantFrom('', '/udp')).map(([h, c, p]) => (h === c ? `${h}${p}` : `${h}→${c}${p}`)), { maxLength: 2 }),
  purpose: sentence,
  status: fc.constantFrom('running', 'planned', 'pending', 'stopped', 'deprecated') as fc.Arbitrary<'running'>,
  // Extra columns; an absent one is written as an empty cell.
  notes: maybe(sentence),
  owner: maybe(lower),
});

const tier = fc.record({ title, qualifier, columns: fc.shuffledSubarray(['Port(s)', 'Purpose', 'Status', 'Notes', 'Owner']), containers: fc.array(container, { maxLength: 4 }) }).map(({ title, qualifier, columns, containers }) => {
  const all = ['Container', 'Image', ...columns];
  const id = tierId(title);
  return {
    id,
    title,
    ...definedOnly({ qualifier }),
    columns: all,
    containers: containers.map((c) => {
      const image = parseImage(c.image);
      return {
        name: c.name,
        image: { raw: c.image, ...(image.kind === 'custom' ? { custom: image.custom } : image.kind === 'ref' ? definedOnly({ name: image.name, tag: image.tag }) : {}) },
        ports: all.includes('Port(s)') ? c.ports.map((raw) => ({ raw, ...parsePort(raw)! })) : [],
        purpose: all.includes('Purpose') ? c.purpose : '',
        status: all.includes('Status') ? c.status : 'running',
        tier: id,
        extra: definedOnly({ Notes: all.includes('Notes') ? c.notes : undefined, Owner: all.includes('Owner') ? c.owner : undefined }) as Record<string, string>,
      };
    }),
  };
});

const route = fc.record({ host, target: fc.oneof(containerName, host), port: maybe(fc.integer({ min: 1, max: 65535 })), planned: fc.boolean(), note: maybe(word) });
const routeComment = fc.record({ text: fc.oneof(sentence, fc.constant('')), at: fc.nat(5) });
const routeGroup = fc.record({ title, qualifier, comments: fc.array(routeComment, { maxLength: 3 }) });
const routing = fc
  .record({ groups: fc.uniqueArray(routeGroup, { maxLength: 3, selector: (g) => g.title }), routes: fc.array(route, { maxLength: 5 }), caddy: fc.boolean(), caddyQualifier: qualifier })
  .map(({ groups, routes, caddy, caddyQualifier }) => {
    const titles = groups.map((g) => g.title);
    const rs = groups.length === 0 ? [] : routes.map((r, i) => definedOnly({ ...r, via: 'Caddy', external: r.port === undefined && r.target.includes('.'), group: titles[i % titles.length]! })).sort((a, b) => titles.indexOf(a.group) - titles.indexOf(b.group));
    const code = rs.map((r) => `${r.host} {\n    reverse_proxy ${r.target}:${r.port ?? 80}\n}`).join('\n\n');
    const caddyfile = definedOnly({ title: 'Caddyfile Configuration', qualifier: caddyQualifier, path: '/etc/caddy/Caddyfile', code, sites: parseCaddyfile(code, () => undefined).sites });
    const routeGroups = groups.map((g) => {
      const count = rs.filter((r) => r.group === g.title).length;
      // Comments come back in block order: sorted by the route they precede (stable for ties).
      const comments = g.comments.map((c) => ({ text: c.text, before: c.at % (count + 1) })).sort((a, b) => a.before - b.before);
      return definedOnly({ title: g.title, qualifier: g.qualifier, comments: comments.length > 0 ? comments : undefined });
    });
    return { groups: routeGroups, routes: rs, ...(caddy ? { caddyfile } : {}) };
  });

const directory = fc.record({ title, qualifier: maybe(fc.constant('`/srv/`')), entries: fc.array(fc.record({ name: lower.map((w) => `${w}/`), comment: maybe(sentence.map((s) => s.replace(/#/g, ''))) }), { minLength: 1, maxLength: 4 }) }).map(({ title, qualifier, entries }) => {
  const lines = ['/srv/', ...entries.map((e, i) => `${i === entries.length - 1 ? '└──' : '├──'} ${e.name}${e.comment ? `   # ${e.comment}` : ''}`)];
  return definedOnly({ title, qualifier, code: lines.join('\n'), entries: [{ depth: 0, name: '/srv/' }, ...entries.map((e) => definedOnly({ depth: 1, name: e.name, comment: e.comment?.trim() || undefined }))] });
});

const store = fc.record({ title, qualifier, fields: kvs, tables: fc.array(fc.record({ name: lower, description: fc.oneof(sentence, fc.constant('')), planned: fc.boolean() }), { maxLength: 3 }) }).map((s) => definedOnly({ ...s, ...(s.tables.length > 0 ? { tablesKey: 'Tables' } : {}) }));

const api = fc
  .record({
    title,
    host: maybe(host),
    version: maybe(semver),
    categories: fc.array(fc.record({ name: lower, endpoints: fc.array(fc.record({ method: maybe(fc.constantFrom('GET', 'POST', 'DELETE')), path: fc.array(lower, { maxLength: 3 }).map((p) => `/${p.join('/')}`) }), { maxLength: 4 }) }), { maxLength: 4 }),
    registry: maybe(fc.record({ method: fc.constantFrom('GET', 'POST'), path: fc.constant('/registry.json') })),
    claim: maybe(fc.tuple(fc.nat(99), fc.nat(9)).map(([t, c]) => ({ tools: t, categories: c, md: `Returns ${t} tools across ${c} categories.` }))),
  })
  .map((a) => definedOnly({ ...a, categories: a.categories.map((c) => ({ name: c.name, endpoints: c.endpoints.map((e) => definedOnly({ ...e, category: c.name })) })) }));

const secretValue = fc.constantFrom('***', 'xxx', 'eyJ...', 'https://x.example.com', 'true', '1', '', 'hello world', '  padded  ', '"quoted"', 'ghp_abcdefghijklmnopqrstuvwxyz123456', 'hunter2hunter2', 'admin', 'postgres://app:s3cret@db/app', 'redis://cache:6379/0', '/run/secrets/x', '${VAR}', 'sk_live_abcdefghij1234', '${DB_PASSWORD:-admin}');
const secretKey = fc.oneof(fc.stringMatching(/^[A-Z][A-Z0-9_]{1,12}$/), fc.constantFrom('DB_PASSWORD', 'ODOO_API_KEY', 'NEXT_PUBLIC_KEY', 'DB_PASSWORD_FILE', 'REDIS_URL'));
const secrets = fc
  .record({ title: fc.constant('Environment Variables'), envFile: maybe(fc.constant('.env.production')), groups: fc.array(fc.record({ name: word, keys: fc.array(fc.tuple(secretKey, secretValue), { maxLength: 3 }) }), { maxLength: 3 }), vault: maybe(fc.record({ title: fc.constant('Vault Storage'), q: plannedQualifier, fields: kvs })) })
  .map(({ groups, vault, ...s }) => ({
    ...definedOnly(s),
    ...(vault ? { vault: definedOnly({ title: vault.title, qualifier: vault.q.qualifier, planned: vault.q.planned, fields: vault.fields }) } : {}),
    groups: groups.map((g) => ({ name: g.name })),
    keys: groups.flatMap((g) =>
      g.keys.map(([key, value]) => {
        // As the loader would hold it: a literal masked (src/load/redact.ts), still saying what it was.
        const raw = value !== value.trim() || /^(['"]).*\1$/.test(value) ? `"${value}"` : value; // as os.md writes it
        const literal = literalKind(key, raw);
        const shown = literal ? unquote(maskValue(key, raw)) : value;
        return definedOnly({ key, value: shown, placeholder: literal ? false : isPlaceholder(value) || isReference(value), sensitive: isSensitiveKey(key), group: g.name, literal });
      }),
    ),
  }));

const monitoring = fc
  .record({
    health: fc.array(fc.record({ url: host.map((h) => `https://${h}/health`), description: fc.oneof(sentence, fc.constant('')) }), { maxLength: 3 }),
    healthQualifier: qualifier,
    expected: maybe(fc.record({ json: fc.dictionary(lower, fc.oneof(lower, fc.integer(), fc.boolean()), { maxKeys: 3 }), qualifier })),
    observability: maybe(fc.record({ q: plannedQualifier, items: fc.array(fc.record({ name: title, purpose: fc.oneof(sentence, fc.constant('')) }), { minLength: 1, maxLength: 3 }) })),
  })
  .map(({ health, healthQualifier, expected, observability }) =>
    definedOnly({
      healthTitle: health.length > 0 ? 'Health Check Endpoints' : undefined,
      healthQualifier: health.length > 0 ? healthQualifier : undefined,
      healthUrls: health,
      expectedHealth: expected && definedOnly({ title: 'Expected Health Response', qualifier: expected.qualifier, json: expected.json, code: JSON.stringify(expected.json, null, 2) }),
      observability: observability && definedOnly({ title: 'Observability Stack', qualifier: observability.q.qualifier, planned: observability.q.planned, items: observability.items }),
    }),
  );

const mcp = fc
  .record({
    mount: maybe(fc.array(fc.tuple(fc.constantFrom('Endpoint', 'Auto-tools', 'Registry', 'Notes'), sentence), { minLength: 1, maxLength: 3 })),
    counts: maybe(fc.array(fc.record({ category: lower, count: fc.nat(50) }), { maxLength: 4 })),
    examples: maybe(fc.array(fc.record({ tool: fc.tuple(lower, lower).map(([a, b]) => `${a}.${b}`), args: fc.dictionary(lower, fc.oneof(lower, fc.integer()), { maxKeys: 2 }) }), { minLength: 1, maxLength: 2 })),
    qualifiers: fc.tuple(qualifier, qualifier, qualifier),
  })
  .map(({ mount, counts, examples, qualifiers: [mq, cq, uq] }) => {
    const fields = (mount ?? []).map(([key, value]) => ({ key, value, text: stripInline(value) }));
    const get = (re: RegExp) => fields.find((f) => re.test(f.key))?.text;
    return definedOnly({
      mount: mount && definedOnly({ title: 'Mount', qualifier: mq, fields, endpoint: get(/^endpoint$/i), autoTools: get(/^auto[- ]?tools$/i), registry: get(/^registry$/i) }),
      toolCategories: counts && definedOnly({ title: 'Tool Categories', qualifier: cq, counts: counts.filter((c, i) => counts.findIndex((d) => d.category === c.category) === i) }),
      usage: examples && definedOnly({ title: 'Usage Example', qualifier: uq, lang: 'python', code: examples.map((e) => `mcp.call_tool("${e.tool}", ${JSON.stringify(e.args)})`).join('\n'), examples }),
    });
  });

const profile = fc.record({ title: fc.oneof(title, fc.constantFrom('Minimum VPS Specs', 'Recommended VPS Specs')), qualifier, items: kvs }).map((p) => {
  const t = p.title.toLowerCase();
  return definedOnly({ id: t.includes('minimum') ? 'minimum' : t.includes('recommended') ? 'recommended' : slug(p.title), ...p });
});

const stackItem = fc.record({ name: title, description: fc.oneof(sentence, fc.constant('')) });
/** Overview blocks in any order; the model keeps them as `intro`, `stack` and `paragraphsBefore`. */
const overview = fc.array(fc.oneof(sentence, fc.array(stackItem, { minLength: 1, maxLength: 3 })), { maxLength: 5 }).map((blocks) => {
  const intro: string[] = [];
  const stack: { name: string; description: string; paragraphsBefore?: number }[] = [];
  let paragraphs = 0;
  for (const b of blocks) {
    if (typeof b === 'string') {
      intro.push(b);
      paragraphs++;
    } else {
      b.forEach((item, i) => stack.push(i === 0 ? { ...item, paragraphsBefore: paragraphs } : item));
      paragraphs = 0;
    }
  }
  return { intro, stack };
});

const changelog = fc.array(fc.record({ version: semver, date: maybe(date), items: fc.array(sentence.map((md) => ({ md })), { maxLength: 3 }) }).map(definedOnly), { maxLength: 3 });
const pending = fc.array(fc.record({ title, description: fc.oneof(sentence, fc.constant('')) }), { maxLength: 3 });
const unknown = fc.record({ heading: title.map((t) => `Appendix ${t}`), body: fc.array(fc.oneof(sentence, sentence.map((s) => `### ${s}`), sentence.map((s) => `- ${s}`)), { minLength: 1, maxLength: 3 }).map((b) => b.join('\n\n')) });

/** A whole model: a random subset of the known sections in random order, with unknown ones among them. */
export const specModel: fc.Arbitrary<SpecModel> = fc
  .record({
    header: maybe(fc.record({ name: word, title: maybe(title), version: semver, date, purpose: sentence })),
    order: fc.shuffledSubarray(Object.keys(SECTION_TITLES) as SectionId[]),
    emoji: fc.boolean(),
    unknown: fc.array(unknown, { maxLength: 2 }),
    overview,
    tiers: fc.array(tier, { maxLength: 3 }),
    routing,
    directories: fc.array(directory, { maxLength: 2 }),
    databases: fc.array(store, { maxLength: 2 }),
    api,
    secrets,
    deployment: groups,
    backup: groups,
    monitoring,
    mcp,
    maintenance: groups,
    requirements: fc.array(profile, { maxLength: 2 }),
    regions: groups,
    changelog,
    pending,
    support: kvs,
    footer: maybe(fc.constantFrom('2025-11-23', '2026-01-01')),
  })
  .map((g) => {
    const has = (id: SectionId) => g.order.includes(id);
    const sections = g.order.map((id) => ({ id: id as SectionId | null, heading: g.emoji ? `🎯 ${SECTION_TITLES[id]}` : SECTION_TITLES[id] })) as SpecModel['sections'];
    g.unknown.forEach((u, i) => sections.splice(Math.min(i * 2, sections.length), 0, { id: null, ...u }));
    const h = g.header;
    const fields = h ? [{ key: 'Version', value: h.version }, { key: 'Date', value: h.date }, { key: 'Purpose', value: h.purpose }].map((f) => ({ ...f, text: stripInline(f.value) })) : [];
    const model: SpecModel = {
      files: ['gen.md'],
      sections,
      directories: has('directory') ? g.directories : [],
      databases: has('database') ? g.databases : [],
      deployment: has('deployment') ? g.deployment : [],
      backup: has('backup') ? g.backup : [],
      maintenance: has('maintenance') ? g.maintenance : [],
      requirements: has('requirements') ? g.requirements : [],
      changelog: has('changelog') ? g.changelog : [],
      pending: has('pending') ? g.pending : [],
      support: has('support') ? g.support : [],
    };
    if (h) model.header = definedOnly({ name: h.name, title: h.title, fields, version: h.version, date: h.date, purpose: stripInline(h.purpose) });
    if (has('overview')) model.overview = g.overview;
    if (has('inventory')) model.inventory = { tiers: g.tiers };
    if (has('routing')) model.routing = g.routing;
    if (has('api')) model.api = g.api;
    if (has('secrets')) model.secrets = g.secrets;
    if (has('monitoring')) model.monitoring = g.monitoring;
    if (has('mcp')) model.mcp = g.mcp;
    if (has('regions')) model.regions = { groups: g.regions, domains: [] };
    if (g.footer) model.footer = { fields: [{ key: 'Last Updated', value: g.footer, text: g.footer }], lastUpdated: g.footer };
    return model;
  })
  .filter((m) => m.sections.every((s) => s.id !== null || sectionIdOf(s.heading) === null));
