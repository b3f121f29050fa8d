/** `spec/misspelt-section`: an H2 title is a near miss of a known section's. */
import { forwardIssues } from '../lib/issues.js';
import { defineRule } from '../types.js';

export const misspeltSection = defineRule({
  id: 'spec/misspelt-section',
  severity: 'warning',
  description: 'An H2 title is a near miss of a known section’s title (`Container Inventroy`); it is read as that section.',
  docs: {
    catches:
      'A section title within a few typing slips of a known one. Bolt Lab reads the section as the one it names, so a typo costs one warning at the heading ' +
      'instead of a missing section and every finding that follows from it (routes to containers that seem not to exist, a build without services).',
    example: '## 🐳 Container Inventroy',
    fix: 'Correct the title (the hint names the section it was read as).',
  },
  messages: {
    misspelt: { text: '{{message}}', hint: '{{hint}}' },
  },
  check(ctx) {
    forwardIssues(ctx, 'spec/misspelt-section', 'misspelt', 'correct the section title');
  },
});
