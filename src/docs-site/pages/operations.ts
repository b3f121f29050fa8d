/** The operations page: deployment, backup and restore, health checks, maintenance commands. */
import { groupViews } from '../blocks.js';
import { inlineToHtml } from '../markdown.js';
import type { Page, PageContext, SearchEntry } from '../types.js';

/** Builds `operations.html`. */
export function operationsPage(ctx: PageContext): Page {
  const { model } = ctx.data;
  const parts = [
    { title: 'Deployment', id: 'deployment', groups: groupViews(model.deployment, 'deployment') },
    { title: 'Backup and restore', id: 'backup', groups: groupViews(model.backup, 'backup') },
    { title: 'Maintenance commands', id: 'maintenance', groups: groupViews(model.maintenance, 'maintenance') },
  ];
  const monitoring = model.monitoring;
  const search: SearchEntry[] = parts.flatMap((p) => [
    { title: p.title, kind: 'section' as const, url: `operations.html#${p.id}`, text: p.groups.map((g) => g.title).join(' ') },
    ...p.groups.map((g) => ({
      title: `${p.title}: ${g.title}`,
      kind: 'section' as const,
      url: `operations.html#${g.id}`,
      text: g.blocks.flatMap((b) => b.commands.map((c) => `${c.title} ${c.code}`)).join(' '),
    })),
  ]);
  return {
    path: 'operations.html',
    title: 'Operations',
    nav: 'operations',
    template: 'operations',
    view: {
      parts,
      health: (monitoring?.healthUrls ?? []).map((h) => ({ url: h.url, descriptionHtml: inlineToHtml(h.description) })),
      expected: monitoring?.expectedHealth ? { title: monitoring.expectedHealth.title, code: monitoring.expectedHealth.code } : null,
    },
    search: [...search, { title: 'Health checks', kind: 'section', url: 'operations.html#health', text: (monitoring?.healthUrls ?? []).map((h) => h.url).join(' ') }],
  };
}
