/** `baseline/stale-entry`: a baseline entry that matches no finding any more. Reported by `src/baseline/` when a baseline is used. */
import { defineRule } from '../types.js';

export const staleEntry = defineRule({
  id: 'baseline/stale-entry',
  severity: 'warning',
  description: 'A baseline entry (`.bolt-baseline.json`) matches no current finding.',
  docs: {
    catches:
      'With a baseline (`bolt validate --baseline FILE`, or `.bolt-baseline.json` when present) the findings it records are not reported. ' +
      'An entry whose finding is gone (fixed, or its text changed) is reported at the entry, so that the baseline only shrinks.',
    example: '{ "ruleId": "inventory/unpinned-image", "file": "specs/os.md", "fingerprint": "…", "message": "…" }',
    fix: 'Write the baseline again: `bolt validate --baseline-write .bolt-baseline.json` (and commit it).',
  },
  messages: {
    stale: { text: 'Unexpected baseline entry for `{{rule}}` in `{{file}}` that matches no finding, expected it removed', hint: 'rewrite the baseline: `bolt validate --baseline-write {{baseline}}`' },
  },
  check() {
    // Reported by the baseline pass (src/baseline/), which compares the findings with the file.
  },
});
