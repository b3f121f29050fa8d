/** `spec/unparsed`: a line inside a known section that does not match the section's format. */
import { forwardIssues } from '../lib/issues.js';
import { defineRule } from '../types.js';

export const unparsed = defineRule({
  id: 'spec/unparsed',
  severity: 'warning',
  description: 'A table row, list item or code line inside a known section does not match its format.',
  docs: {
    catches:
      'Content the extractor of a known section could not read: a table row with a bad port list, a routing line without `→`, ' +
      'a `KEY=value` block line that is neither, a changelog heading without a version. The text is kept out of the model, so generators would silently miss it.',
    example: '```\napi.example.com  Caddy  smartapi:8000\n```',
    fix: 'Write the line in the format the section expects (see docs/spec-format.md); the message names the expected form.',
  },
  messages: {
    unparsed: { text: '{{message}}', hint: '{{hint}}' },
  },
  check(ctx) {
    forwardIssues(ctx, 'spec/unparsed', 'unparsed', 'see docs/spec-format.md for the expected form');
  },
});
