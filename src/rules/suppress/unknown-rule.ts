/** `suppress/unknown-rule`: a suppression comment names a rule id that does not exist. Reported by `src/rules/suppressions.ts`. */
import { defineRule } from '../types.js';

export const unknownRule = defineRule({
  id: 'suppress/unknown-rule',
  severity: 'warning',
  description: 'A `bolt-disable`/`bolt-enable` comment names no known rule.',
  messages: {
    unknown: { text: 'Unexpected rule `{{rule}}` in a suppression comment, expected a rule id such as `inventory/unpinned-image`', hint: '{{hint}}' },
    none: { text: 'Unexpected `bolt-{{kind}}` without a rule id, expected `bolt-{{kind}} RULE -- reason`', hint: 'name the rule(s) to suppress: `bolt validate --list-rules` prints them' },
  },
  check() {
    // Reported by the suppression pass (src/rules/suppressions.ts), which knows the registry.
  },
});
