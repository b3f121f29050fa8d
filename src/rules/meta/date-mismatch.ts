/** `meta/date-mismatch`: document date, newest changelog date and "Last Updated" disagree. */
import type { Pos } from '../../model/schema.js';
import { defineRule } from '../types.js';
import { fix, replaceWithin } from '../lib/edits.js';
import { fieldPos } from '../lib/model.js';
import { newestEntry } from '../lib/changelog.js';

interface Source {
  what: string;
  date: string;
  pos: Pos | undefined;
}

export const dateMismatch = defineRule({
  id: 'meta/date-mismatch',
  severity: 'warning',
  description: 'Document date, newest changelog date and "Last Updated" disagree.',
  messages: {
    mismatch: { text: 'Unexpected {{what}} `{{date}}`, expected `{{expected}}` as the {{reference}} says', hint: 'update the header date, the newest Change Log entry and Last Updated together' },
    reference: { text: 'the {{reference}} says `{{expected}}` here' },
  },
  check(ctx) {
    const { header, footer, changelog } = ctx.model;
    const sources: Source[] = [];
    if (header?.date) sources.push({ what: 'document date', date: header.date, pos: fieldPos(header.fields, 'Date', header.pos) });
    const newest = newestEntry(changelog);
    if (newest?.date) sources.push({ what: 'newest Change Log date', date: newest.date, pos: newest.datePos ?? newest.pos });
    if (footer?.lastUpdated) sources.push({ what: 'Last Updated date', date: footer.lastUpdated, pos: fieldPos(footer.fields, 'Last Updated', footer.pos) });
    const [reference, ...others] = sources;
    if (!reference) return;
    for (const s of others) {
      if (s.date.trim() === reference.date.trim()) continue;
      const data = { what: s.what, date: s.date, expected: reference.date, reference: reference.what };
      const fixes = fix(`Set the ${s.what} to \`${reference.date.trim()}\``, replaceWithin(ctx.sources, s.pos, s.date.trim(), reference.date.trim()));
      ctx.report({ message: 'mismatch', data, pos: s.pos, cause: { message: 'reference', data, pos: reference.pos }, fixes });
    }
  },
});
