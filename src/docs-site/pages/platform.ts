/**
 * The platform page: data stores, directory layout, secret names (never values), observability,
 * support, and any section the format does not know (its body rendered through unified).
 */
import { anchor, uniqueId } from '../html.js';
import { inlineToHtml, markdownToHtml } from '../markdown.js';
import type { Page, PageContext, SearchEntry } from '../types.js';

/** Builds `platform.html`. */
export function platformPage(ctx: PageContext): Page {
  const { model } = ctx.data;
  const ids = new Set<string>(['data-stores', 'directories', 'secrets', 'observability', 'support', 'other']);
  const stores = model.databases.map((d) => ({
    title: d.title,
    id: uniqueId(`store-${anchor(d.title)}`, ids),
    fields: d.fields.map((f) => ({ key: f.key, valueHtml: inlineToHtml(f.value) })),
    tablesKey: d.tablesKey ?? 'Tables',
    tables: d.tables.map((t) => ({ name: t.name, descriptionHtml: inlineToHtml(t.description), planned: t.planned })),
  }));
  const secrets = model.secrets;
  // Only names: a value (even a placeholder) says nothing a reader needs and may say too much.
  const groups = (secrets?.groups ?? []).map((g) => ({ name: g.name, keys: (secrets?.keys ?? []).filter((k) => k.group === g.name).map((k) => ({ key: k.key, sensitive: k.sensitive })) }));
  const ungrouped = (secrets?.keys ?? []).filter((k) => !(secrets?.groups ?? []).some((g) => g.name === k.group));
  if (ungrouped.length > 0) groups.push({ name: 'Other', keys: ungrouped.map((k) => ({ key: k.key, sensitive: k.sensitive })) });
  const other = model.sections
    .filter((s) => s.id === null)
    .map((s) => ({ title: s.heading, id: uniqueId(`section-${anchor(s.heading)}`, ids), html: markdownToHtml(s.body ?? '', { minHeading: 4 }) }));
  const search: SearchEntry[] = [
    ...stores.map((s) => ({ title: s.title, kind: 'section' as const, url: `platform.html#${s.id}`, text: s.tables.map((t) => t.name).join(' ') })),
    { title: 'Secrets', kind: 'section', url: 'platform.html#secrets', text: (secrets?.keys ?? []).map((k) => k.key).join(' ') },
    ...other.map((o) => ({ title: o.title, kind: 'section' as const, url: `platform.html#${o.id}`, text: o.title })),
  ];
  return {
    path: 'platform.html',
    title: 'Platform',
    nav: 'platform',
    template: 'platform',
    view: {
      stores,
      directories: model.directories.map((d) => ({ title: d.title, qualifierHtml: d.qualifier ? inlineToHtml(d.qualifier) : '', code: d.code })),
      hasSecrets: secrets !== undefined,
      envFile: secrets?.envFile ?? '',
      secretGroups: groups,
      vault: secrets?.vault ? { title: secrets.vault.title, planned: secrets.vault.planned, fields: secrets.vault.fields.map((f) => ({ key: f.key, valueHtml: inlineToHtml(f.value) })) } : null,
      observability: model.monitoring?.observability
        ? { title: model.monitoring.observability.title, planned: model.monitoring.observability.planned, items: model.monitoring.observability.items.map((i) => ({ name: i.name, purposeHtml: inlineToHtml(i.purpose) })) }
        : null,
      support: model.support.map((f) => ({ key: f.key, valueHtml: inlineToHtml(f.value) })),
      other,
    },
    search,
  };
}
