/** `spec/misspelt-section`: an H2 title is a near miss of a known section's. */
import { forwardIssues } from '../lib/issues.js';
import { defineRule } from '../types.js';

export const misspeltSection = defineRule({
  id: 'spec/misspelt-section',
  severity: 'warning',
  description: 'An H2 title is a near miss of a known section’s title (`Container Inventroy`); it is read as that section.',
  messages: {
    misspelt: { text: '{{message}}', hint: '{{hint}}' },
  },
  check(ctx) {
    forwardIssues(ctx, 'spec/misspelt-section', 'misspelt', 'correct the section title');
  },
});
