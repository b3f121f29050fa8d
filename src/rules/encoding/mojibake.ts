/** `encoding/mojibake`: UTF-8 text that was decoded as a legacy code page and re-encoded. */
import { forwardIssues } from '../lib/issues.js';
import { defineRule } from '../types.js';

export const mojibake = defineRule({
  id: 'encoding/mojibake',
  severity: 'error',
  description: 'The file is UTF-8 that was decoded as a legacy code page and re-encoded (`â†’`, `âœ…`, `ðŸ`).',
  docs: {
    catches:
      'Text that went through a wrong decode/encode round trip: arrows become `â†’`, emoji become `ðŸ…`/`ğŸ…`, check marks `âœ…`. ' +
      'The reader detects the byte patterns while decoding; this rule reports them at the first garbled character of each line.',
    example: '| `smartapi` | `api.smarterbot.cl:latest` | 8001â†’8000 | Unified REST API | âœ… Running |',
    fix: 'Re-save the file as UTF-8 from its original, or repair it (`iconv -f utf-8 -t windows-1252 os.md > os.fixed.md`) and review the diff.',
  },
  messages: {
    mojibake: { text: '{{message}}', hint: '{{hint}}' },
  },
  check(ctx) {
    forwardIssues(ctx, 'encoding/mojibake', 'mojibake', 're-save the file as UTF-8');
  },
});
