/** `spec/unparsed`: a line inside a known section that does not match the section's format. */
import { forwardIssues } from '../lib/issues.js';
import { defineRule } from '../types.js';

export const unparsed = defineRule({
  id: 'spec/unparsed',
  severity: 'warning',
  description: 'A table row, list item or code line inside a known section does not match its format.',
  messages: {
    unparsed: { text: '{{message}}', hint: '{{hint}}' },
  },
  check(ctx) {
    forwardIssues(ctx, 'spec/unparsed', 'unparsed', 'see docs/spec-format.md for the expected form');
  },
});
