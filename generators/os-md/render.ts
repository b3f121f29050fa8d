/**
 * The canonical `os.md`: the whole spec written back from the model. Sections come in the order
 * the model records (`model.sections`), with their headings as written; unknown sections keep their
 * body verbatim. Parsing the result gives the same model (positions aside), and rendering that
 * model again gives the same text.
 */
import type { SectionId, SpecModel, Suppression } from '../../src/model/schema.js';
import { renderDatabases, renderDirectories, renderInventory, renderRouting, renderSecrets } from './render-infra.js';
import {
  renderApi,
  renderChangelog,
  renderGroups,
  renderMcp,
  renderMonitoring,
  renderOverview,
  renderPending,
  renderRegions,
  renderRequirements,
  renderSupport,
} from './render-ops.js';
import { blocks, kv } from './md.js';

const SECTIONS: Record<SectionId, (model: SpecModel) => string> = {
  overview: renderOverview,
  inventory: renderInventory,
  routing: renderRouting,
  directory: renderDirectories,
  database: renderDatabases,
  api: renderApi,
  secrets: renderSecrets,
  deployment: (m) => renderGroups(m.deployment),
  backup: (m) => renderGroups(m.backup),
  monitoring: renderMonitoring,
  mcp: renderMcp,
  maintenance: (m) => renderGroups(m.maintenance),
  requirements: renderRequirements,
  regions: renderRegions,
  changelog: renderChangelog,
  pending: renderPending,
  support: renderSupport,
};

/** `**Key:** value` lines joined by hard breaks (two trailing spaces), as the seed writes them. */
function fieldLines(fields: { key: string; value: string }[]): string {
  return fields.map(kv).join('  \n');
}

/** Same normalization as the parser's anchors (`src/parse/suppressions.ts`). */
function anchorText(line: string): string {
  return line.trim().replace(/\s*\|\s*/g, '|').replace(/\s+/g, ' ');
}

/** A suppression comment as written (`<!-- bolt-disable RULE -- reason -->`). */
function directive(s: Suppression): string {
  return `<!-- bolt-${s.kind}${s.rules.length > 0 ? ` ${s.rules.join(', ')}` : ''}${s.reason !== undefined ? ` -- ${s.reason}` : ''} -->`;
}

/**
 * Puts a section's suppression comments back: each before the line it stood before (after it, for
 * `enable`), matched by normalized text in order; one whose line is gone goes first (last, for
 * `enable`).
 */
function withSuppressions(body: string, found: Suppression[]): string {
  if (found.length === 0) return body;
  const lines = body === '' ? [] : body.split('\n');
  let from = 0;
  for (const s of found) {
    let at = -1;
    for (let i = from; i < lines.length && at < 0; i++) if (s.anchor !== undefined && anchorText(lines[i]!) === s.anchor) at = i;
    if (s.kind === 'enable') at = at < 0 ? lines.length : at + 1;
    else if (at < 0) at = from;
    lines.splice(at, 0, directive(s));
    from = at + 1;
  }
  return lines.join('\n');
}

function header(model: SpecModel): string {
  const h = model.header;
  if (!h) return '';
  const title = h.title !== undefined ? `# ${h.name} - ${h.title}` : `# ${h.name}`;
  return h.fields.length > 0 ? `${title}\n${fieldLines(h.fields)}` : title;
}

/**
 * Renders the model as Markdown. A section id that occurs twice (specs split over files) gets its
 * content under its first heading; the model merged them, so the later heading stays empty.
 */
export function renderSpec(model: SpecModel): string {
  const done = new Set<SectionId>();
  const parts: string[] = [];
  const suppressions = model.suppressions ?? [];
  const of = (section: string | null) => suppressions.filter((s) => s.section === section);
  const head = withSuppressions(header(model), of(null));
  if (head) parts.push(head);
  for (const section of model.sections) {
    let body = '';
    if (section.id === null) body = section.body ?? '';
    else if (!done.has(section.id)) {
      done.add(section.id);
      // Content before a section's first H3 reads back as an untitled group: no heading needed.
      body = withSuppressions(SECTIONS[section.id](model).replace(/^###\n(?:\n|$)/, ''), of(section.heading));
    }
    parts.push(blocks([`## ${section.heading}`, body]));
  }
  if (model.footer && model.footer.fields.length > 0) parts.push(fieldLines(model.footer.fields));
  return `${parts.join('\n\n---\n\n')}\n`;
}
