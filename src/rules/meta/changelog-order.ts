/** `meta/changelog-order`: Change Log entries are not newest first, or a version is listed twice. */
import { defineRule } from '../types.js';
import { compareVersions } from '../lib/model.js';

export const changelogOrder = defineRule({
  id: 'meta/changelog-order',
  severity: 'warning',
  description: 'Change Log entries are out of order (neither newest first nor oldest first throughout), or a version repeats.',
  messages: {
    order: { text: 'Unexpected entry `{{version}}` after `{{previous}}`, expected entries newest first', hint: 'move the `{{version}}` entry above `{{previous}}`' },
    repeat: { text: 'Unexpected second entry for `{{version}}`, expected each version once', hint: 'merge the two `{{version}}` entries' },
    date: { text: 'Unexpected date `{{date}}` of `{{version}}` after `{{previousDate}}` of `{{previous}}`, expected dates newest first', hint: 'check the dates of the two entries' },
    previous: { text: '`{{previous}}` is here' },
  },
  check(ctx) {
    const entries = ctx.model.changelog;
    // Oldest first, throughout, is a convention of its own (the newest entry is the highest version either way).
    const ascending = entries.length > 1 && entries.every((e, i) => i === 0 || compareVersions(e.version, entries[i - 1]!.version) > 0);
    if (ascending) return;
    for (let i = 1; i < entries.length; i++) {
      const e = entries[i]!;
      const prev = entries[i - 1]!;
      const data = { version: e.version, previous: prev.version, date: e.date ?? '', previousDate: prev.date ?? '' };
      const cause = { message: 'previous' as const, data, pos: prev.pos };
      const order = compareVersions(e.version, prev.version);
      if (order === 0) ctx.report({ message: 'repeat', data, pos: e.pos, cause });
      else if (order > 0) ctx.report({ message: 'order', data, pos: e.pos, cause });
      else if (e.date && prev.date && e.date > prev.date) ctx.report({ message: 'date', data, pos: e.pos, cause });
    }
  },
});
