/** `suppress/missing-reason`: a `bolt-disable` comment without a reason after `--`. Reported by `src/rules/suppressions.ts`. */
import { defineRule } from '../types.js';

export const missingReason = defineRule({
  id: 'suppress/missing-reason',
  severity: 'warning',
  description: 'A `bolt-disable` comment gives no reason after `--`.',
  docs: {
    catches:
      'Every suppression says why: `<!-- bolt-disable-next-line RULE -- reason -->`. A comment without `-- reason` still suppresses (so the finding is not reported twice), and is reported itself. `bolt-enable` needs no reason.',
    example: '<!-- bolt-disable-next-line inventory/unpinned-image -->',
    fix: 'Add the reason after `--`: `<!-- bolt-disable-next-line inventory/unpinned-image -- built locally -->`.',
  },
  messages: {
    missing: { text: 'Unexpected `bolt-{{kind}}` without a reason, expected `-- reason` after the rule ids', hint: 'say why: `<!-- bolt-{{kind}} {{rules}} -- reason -->`' },
  },
  check() {
    // Reported by the suppression pass (src/rules/suppressions.ts).
  },
});
