/**
 * The small sections: Directory Structure, Database Schema, System Requirements, Multi-Country
 * Deployment, Change Log, Pending Tasks and Support.
 */
import type { DataStore } from '../../model/schema.js';
import { isDomain } from '../../model/values.js';
import { groupByH3, inlineMd, itemParagraph, keyValue, keyValueItems, qualifierOf, stripInline } from '../mdast.js';
import { readGroups } from './groups.js';
import type { Extractor } from './types.js';
import { normalizeTitle, slug } from '../../model/sections.js';

/** Directory Structure: a tree code block per H3 (`├──`, `│`, `└──`, `# comment`). */
export const extractDirectory: Extractor = ({ nodes, ctx, model }) => {
  for (const group of groupByH3(nodes, ctx)) {
    for (const node of group.nodes) {
      if (node.type !== 'code') {
        ctx.unparsed(node, `Unexpected \`${node.type}\` in Directory Structure, expected a tree code block`);
        continue;
      }
      const entries = node.value.split('\n').flatMap((line, i) => {
        const m = /^((?:[│|]\s{3}|\s{4})*)(?:[├└]──\s)?([^#]*?)\s*(?:#\s?(.*))?$/.exec(line);
        if (!m || !m[2]) return [];
        const depth = m[1]!.length / 4 + (/[├└]──/.test(line) ? 1 : 0);
        const at = ctx.pos(node);
        return [{ depth, name: m[2], pos: at && { ...at, line: at.line + 1 + i, endLine: at.line + 1 + i, column: 1, endColumn: line.length + 1 }, ...(m[3] ? { comment: m[3].trim() } : {}) }];
      });
      model.directories.push({ title: group.title, code: node.value, entries, pos: ctx.pos(group.heading), ...(group.qualifier ? { qualifier: group.qualifier } : {}) });
    }
  }
};

/** Database Schema: an H3 per store, `**Key:** value` bullets, nested table lists. */
export const extractDatabase: Extractor = ({ nodes, ctx, model }) => {
  for (const group of groupByH3(nodes, ctx)) {
    const store: DataStore = { title: group.title, ...qualifierOf(group), fields: [], tables: [], pos: ctx.pos(group.heading) };
    for (const node of group.nodes) {
      if (node.type !== 'list') {
        ctx.unparsed(node, `Unexpected \`${node.type}\` in Database Schema, expected \`**Key:** value\` bullets`);
        continue;
      }
      for (const item of node.children) {
        const p = itemParagraph(item);
        const kv = p && keyValue(inlineMd(p, ctx), ctx.offset(p), ctx);
        const nested = item.children.find((c) => c.type === 'list');
        if (kv && nested && nested.type === 'list' && kv.value === '') {
          const before = store.tables.length;
          for (const t of nested.children) {
            const tp = itemParagraph(t);
            const m = tp && /^`([^`]+)`\s*(?:[-–—:]\s*(.*?))?\s*$/s.exec(inlineMd(tp, ctx));
            if (!m) {
              ctx.unparsed(t, 'Unexpected table item, expected `` `name` - description (planned) ``');
              continue;
            }
            let description = m[2] ?? '';
            const planned = /\(planned\)$/i.test(description);
            if (planned) description = description.replace(/\s*\(planned\)$/i, '');
            store.tables.push({ name: m[1]!, description, planned, pos: ctx.pos(t) });
          }
          // A key whose entries were all unparsed (and reported) is dropped with them: the
          // canonical form has no way to write a table list without tables.
          if (store.tables.length > before) store.tablesKey = kv.key;
        } else if (kv) store.fields.push(kv);
        else ctx.unparsed(item, 'Unexpected item, expected `**Key:** value`');
      }
    }
    model.databases.push(store);
  }
};

/** System Requirements: H3 Minimum/Recommended with `**Key:** value` bullets. */
export const extractRequirements: Extractor = ({ nodes, ctx, model }) => {
  for (const group of groupByH3(nodes, ctx)) {
    const t = normalizeTitle(group.title);
    const id = t.includes('minimum') ? 'minimum' : t.includes('recommended') ? 'recommended' : slug(group.title);
    const items = group.nodes.flatMap((node) => {
      if (node.type === 'list') return keyValueItems(node, ctx, '`**Key:** value`');
      ctx.unparsed(node, `Unexpected \`${node.type}\` in System Requirements, expected \`**Key:** value\` bullets`);
      return [];
    });
    model.requirements.push({ id, title: group.title, ...qualifierOf(group), items, pos: ctx.pos(group.heading) });
  }
};

/**
 * A backticked name in prose that is a file, not a domain: one dot before a script or config
 * extension (`install.sh`, `deploy.yml`). A regional domain has a name and a TLD; these TLDs
 * (`.sh`, `.py`, `.md` are real) do not name a country's installation in practice.
 */
const FILE_NAME = /^[\w-]+\.(?:sh|bash|ps1|py|js|mjs|ts|rb|go|php|pl|yml|yaml|json|md|txt|toml|ini|conf|cfg|env|lock|sql|log|csv|xml|html|pem|crt|key|tar|gz|tgz|zip)$/i;
/** A regional suffix: a country code or a common generic TLD after an optional second level (`.com.pe`, `.cl`, `.co.uk`, `.store`), not a dotfile (`.env.production`). */
const SUFFIX = /^(?:\.[a-z]{2,4})?\.(?:[a-z]{2}|com|net|org|app|dev|cloud|store|shop|online|site|tech)$/i;

/** Multi-Country Deployment: H3 groups; regional domains are the backticked domains of its paragraphs (not file names). */
export const extractRegions: Extractor = ({ heading, nodes, ctx, model }) => {
  const regions = (model.regions ??= { groups: [], domains: [], pos: ctx.pos(heading) });
  regions.groups.push(...readGroups({ nodes, ctx }));
  const found: { raw: string; pos: ReturnType<typeof ctx.pos> }[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    for (const child of node.children) {
      if (child.type === 'inlineCode' && ((isDomain(child.value) && !FILE_NAME.test(child.value)) || SUFFIX.test(child.value))) {
        found.push({ raw: child.value, pos: ctx.pos(child) });
      }
    }
  }
  const base = found.find((f) => !f.raw.startsWith('.'))?.raw.split('.')[0];
  for (const f of found) {
    const domain = f.raw.startsWith('.') ? (base ? base + f.raw : undefined) : f.raw;
    if (!domain) {
      ctx.unparsed(f.pos, `Unexpected regional suffix \`${f.raw}\`, expected a full domain before it to take the name from`);
      continue;
    }
    if (!regions.domains.some((d) => d.domain === domain)) regions.domains.push({ domain: domain.toLowerCase(), raw: f.raw, pos: f.pos });
  }
};

/** Change Log: H3 `**vX.Y.Z** (YYYY-MM-DD)` (or `[X.Y.Z] - YYYY-MM-DD`) with bullet items. */
export const extractChangelog: Extractor = ({ nodes, ctx, model }) => {
  for (const group of groupByH3(nodes, ctx)) {
    // `**v1.2.0** (2025-11-23)`, or Keep a Changelog's `[1.2.0] - 2025-11-23`.
    const m = /^\[?v?(\d+\.\d+\.\d+(?:[-+][\w.-]+)?)\]?(?:\s*[-–—]\s*(\d{4}-\d{2}-\d{2}))?$/.exec(stripInline(group.title));
    const date = group.qualifier ? stripInline(group.qualifier) : m?.[2];
    if (!m || (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))) {
      ctx.unparsed(group.heading ?? group.nodes[0], `Unexpected changelog heading \`${group.title}\`, expected \`**vX.Y.Z** (YYYY-MM-DD)\``);
      continue;
    }
    const items = group.nodes.flatMap((node) => {
      if (node.type === 'list') return node.children.map((item) => ({ md: itemParagraph(item) ? inlineMd(itemParagraph(item)!, ctx) : '', pos: ctx.pos(item) }));
      ctx.unparsed(node, `Unexpected \`${node.type}\` in a changelog entry, expected a bullet list`);
      return [];
    });
    const heading = group.heading ? ctx.src(group.heading) : '';
    const dateAt = date && group.heading ? heading.lastIndexOf(date) : -1;
    const datePos = dateAt >= 0 ? ctx.range(ctx.offset(group.heading!) + dateAt, ctx.offset(group.heading!) + dateAt + date!.length) : undefined;
    model.changelog.push({ version: m[1]!, items, pos: ctx.pos(group.heading), ...(date ? { date, datePos } : {}) });
  }
};

/** Pending Tasks: an ordered list of `**Title** - description`. */
export const extractPending: Extractor = ({ nodes, ctx, model }) => {
  for (const node of nodes) {
    if (node.type !== 'list') {
      ctx.unparsed(node, `Unexpected \`${node.type}\` in Pending Tasks, expected a list`);
      continue;
    }
    for (const item of node.children) {
      const p = itemParagraph(item);
      const m = p && /^\*\*(.+?)\*\*\s*(?:[-–—:]\s*(.*))?$/s.exec(inlineMd(p, ctx));
      if (m) model.pending.push({ title: m[1]!.trim(), description: (m[2] ?? '').trim(), pos: ctx.pos(item) });
      else ctx.unparsed(item, 'Unexpected task, expected `**Title** - description`');
    }
  }
};

/** Support: `**Label:** value` bullets. */
export const extractSupport: Extractor = ({ nodes, ctx, model }) => {
  for (const node of nodes) {
    if (node.type === 'list') model.support.push(...keyValueItems(node, ctx, '`**Label:** value`'));
    else ctx.unparsed(node, `Unexpected \`${node.type}\` in Support, expected \`**Label:** value\` bullets`);
  }
};
