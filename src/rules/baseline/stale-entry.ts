/** `baseline/stale-entry`: a baseline entry that matches no finding any more. Reported by `src/baseline/` when a baseline is used. */
import { defineRule } from '../types.js';

export const staleEntry = defineRule({
  id: 'baseline/stale-entry',
  severity: 'warning',
  description: 'A baseline entry (`.bolt-baseline.json`) matches no current finding.',
  messages: {
    stale: { text: 'Unexpected baseline entry for `{{rule}}` in `{{file}}` that matches no finding, expected it removed', hint: 'rewrite the baseline: `bolt validate --baseline-write {{baseline}}`' },
  },
  check() {
    // Reported by the baseline pass (src/baseline/), which compares the findings with the file.
  },
});
