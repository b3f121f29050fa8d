/** `encoding/mojibake`: UTF-8 text that was decoded as a legacy code page and re-encoded. */
import { repairMojibake } from '../../read/mojibake.js';
import { editAt } from '../lib/edits.js';
import type { Fix, TextEdit } from '../../model/diagnostics.js';
import { defineRule } from '../types.js';

/** The fix of a file: every recoverable sequence re-decoded (one edit each, nothing else touched). */
function redecode(file: string, text: string | undefined): Fix[] {
  if (text === undefined) return [];
  const edits = repairMojibake(text)
    .map((r) => editAt(file, text, r.offset, r.offset + r.length, r.intended))
    .filter((e): e is TextEdit => e !== undefined);
  return edits.length > 0 ? [{ title: `Re-decode ${file} as UTF-8 (${edits.length} sequence${edits.length === 1 ? '' : 's'})`, edits }] : [];
}

export const mojibake = defineRule({
  id: 'encoding/mojibake',
  severity: 'error',
  description: 'The file is UTF-8 that was decoded as a legacy code page and re-encoded (`â†’`, `âœ…`, `ðŸ`).',
  messages: {
    mojibake: { text: '{{message}}', hint: '{{hint}}' },
  },
  check(ctx) {
    for (const issue of ctx.issues) {
      if (issue.ruleId !== 'encoding/mojibake') continue;
      ctx.report({ message: 'mojibake', data: { message: issue.message, hint: issue.hint ?? 're-save the file as UTF-8' }, pos: issue.pos, fixes: redecode(issue.pos.file, ctx.sources[issue.pos.file]) });
    }
  },
});
