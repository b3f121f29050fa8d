/**
 * `suppress/unused`: a suppression comment that suppresses nothing. Reported by the suppression
 * pass of the runner (`src/rules/suppressions.ts`), which sees every other rule's findings first.
 */
import { defineRule } from '../types.js';

export const unused = defineRule({
  id: 'suppress/unused',
  severity: 'warning',
  description: 'A `bolt-disable` comment suppresses nothing (as ESLint\'s --report-unused-disable-directives).',
  messages: {
    unused: { text: 'Unexpected suppression of `{{rule}}` that suppresses nothing, expected a finding of it {{where}}', hint: 'remove the comment, or the rule id from it' },
    enable: { text: 'Unexpected `bolt-enable {{rule}}` without a `bolt-disable {{rule}}` before it, expected a disabled rule', hint: 'remove the comment, or add the `bolt-disable` it closes' },
  },
  check() {
    // Reported by the suppression pass (src/rules/suppressions.ts): it needs every other finding.
  },
});
