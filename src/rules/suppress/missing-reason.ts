/** `suppress/missing-reason`: a `bolt-disable` comment without a reason after `--`. Reported by `src/rules/suppressions.ts`. */
import { defineRule } from '../types.js';

export const missingReason = defineRule({
  id: 'suppress/missing-reason',
  severity: 'warning',
  description: 'A `bolt-disable` comment gives no reason after `--`.',
  messages: {
    missing: { text: 'Unexpected `bolt-{{kind}}` without a reason, expected `-- reason` after the rule ids', hint: 'say why: `<!-- bolt-{{kind}} {{rules}} -- reason -->`' },
  },
  check() {
    // Reported by the suppression pass (src/rules/suppressions.ts).
  },
});
