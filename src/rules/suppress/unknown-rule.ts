/** `suppress/unknown-rule`: a suppression comment names a rule id that does not exist. Reported by `src/rules/suppressions.ts`. */
import { defineRule } from '../types.js';

export const unknownRule = defineRule({
  id: 'suppress/unknown-rule',
  severity: 'warning',
  description: 'A `bolt-disable`/`bolt-enable` comment names no known rule.',
  docs: {
    catches: 'A rule id in a suppression comment that no rule has (a typo suppresses nothing and hides nothing), or a comment with no rule id at all.',
    example: '<!-- bolt-disable-next-line inventory/unpined-image -- built locally -->',
    fix: 'Write the rule id as `bolt validate --list-rules` prints it (the hint names the nearest one).',
  },
  messages: {
    unknown: { text: 'Unexpected rule `{{rule}}` in a suppression comment, expected a rule id such as `inventory/unpinned-image`', hint: '{{hint}}' },
    none: { text: 'Unexpected `bolt-{{kind}}` without a rule id, expected `bolt-{{kind}} RULE -- reason`', hint: 'name the rule(s) to suppress: `bolt validate --list-rules` prints them' },
  },
  check() {
    // Reported by the suppression pass (src/rules/suppressions.ts), which knows the registry.
  },
});
