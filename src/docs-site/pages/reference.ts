/** The smaller pages: requirements, regions, changelog, pending tasks, validation findings. */
import { summarizeDiagnostics } from '../../model/diagnostics.js';
import { groupViews } from '../blocks.js';
import { anchor, uniqueId } from '../html.js';
import { inlineToHtml } from '../markdown.js';
import type { Page, PageContext } from '../types.js';

/** Builds `requirements.html`. */
export function requirementsPage(ctx: PageContext): Page {
  const profiles = ctx.data.model.requirements.map((p) => ({ title: p.title, id: `req-${anchor(p.id)}`, items: p.items.map((i) => ({ key: i.key, valueHtml: inlineToHtml(i.value) })) }));
  return {
    path: 'requirements.html',
    title: 'Requirements',
    nav: 'requirements',
    template: 'requirements',
    view: { profiles },
    search: profiles.map((p) => ({ title: `Requirements: ${p.title}`, kind: 'section', url: `requirements.html#${p.id}`, text: p.items.map((i) => i.key).join(' ') })),
  };
}

/** Builds `regions.html`. */
export function regionsPage(ctx: PageContext): Page {
  const regions = ctx.data.model.regions;
  return {
    path: 'regions.html',
    title: 'Regions',
    nav: 'regions',
    template: 'regions',
    view: { domains: (regions?.domains ?? []).map((d) => d.domain), groups: groupViews(regions?.groups ?? [], 'region') },
    search: [{ title: 'Regions', kind: 'section', url: 'regions.html', text: (regions?.domains ?? []).map((d) => d.domain).join(' ') }],
  };
}

/** Builds `changelog.html`. */
export function changelogPage(ctx: PageContext): Page {
  const seen = new Set<string>();
  const entries = ctx.data.model.changelog.map((e) => ({
    version: e.version,
    id: uniqueId(`v${anchor(e.version)}`, seen),
    date: e.date ?? '',
    items: e.items.map((i) => inlineToHtml(i.md)),
  }));
  return {
    path: 'changelog.html',
    title: 'Changelog',
    nav: 'changelog',
    template: 'changelog',
    view: { entries },
    search: entries.map((e) => ({ title: `Changelog v${e.version}`, kind: 'section', url: `changelog.html#${e.id}`, text: ctx.data.model.changelog.find((c) => c.version === e.version)?.items.map((i) => i.md).join(' ') ?? '' })),
  };
}

/** Builds `pending.html`. */
export function pendingPage(ctx: PageContext): Page {
  const tasks = ctx.data.model.pending.map((t) => ({ titleHtml: inlineToHtml(t.title), descriptionHtml: inlineToHtml(t.description) }));
  return {
    path: 'pending.html',
    title: 'Pending tasks',
    nav: 'pending',
    template: 'pending',
    view: { tasks },
    search: [{ title: 'Pending tasks', kind: 'section', url: 'pending.html', text: ctx.data.model.pending.map((t) => t.title).join(' ') }],
  };
}

/** Builds `findings.html`: the validation findings of this version's spec. */
export function findingsPage(ctx: PageContext): Page {
  const { diagnostics } = ctx.data;
  const summary = summarizeDiagnostics(diagnostics);
  return {
    path: 'findings.html',
    title: 'Validation findings',
    nav: 'findings',
    template: 'findings',
    view: {
      summary,
      clean: diagnostics.length === 0,
      findings: diagnostics.map((d) => ({
        severity: d.severity,
        ruleId: d.ruleId,
        messageHtml: inlineToHtml(d.message),
        hint: d.hint ?? '',
        where: d.file ? [d.file, d.line, d.column].filter((p) => p !== undefined).join(':') : '',
      })),
    },
    search: [{ title: 'Validation findings', kind: 'page', url: 'findings.html', text: diagnostics.map((d) => d.ruleId).join(' ') }],
  };
}
