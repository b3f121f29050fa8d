/** `meta/date-mismatch`: document date, newest changelog date and "Last Updated" disagree. */
import { defineRule } from '../types.js';
import { reportDisagreements, type Statement } from '../lib/agreement.js';
import { fieldPos } from '../lib/model.js';
import { newestEntry } from '../lib/changelog.js';

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
    const dates: Statement[] = [];
    if (header?.date) dates.push({ what: 'document date', value: header.date, pos: fieldPos(header.fields, 'Date', header.pos) });
    const newest = newestEntry(changelog);
    if (newest?.date) dates.push({ what: 'newest Change Log date', value: newest.date, pos: newest.datePos ?? newest.pos });
    if (footer?.lastUpdated) dates.push({ what: 'Last Updated date', value: footer.lastUpdated, pos: fieldPos(footer.fields, 'Last Updated', footer.pos) });
    reportDisagreements(ctx, dates, { placeholder: 'date', canonical: (d) => d.trim() });
  },
});
