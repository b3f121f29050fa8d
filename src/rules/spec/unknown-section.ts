/** `spec/unknown-section`: an H2 that is not a section of the format (kept verbatim). */
import { defineRule } from '../types.js';

export const unknownSection = defineRule({
  id: 'spec/unknown-section',
  severity: 'info',
  description: 'An H2 section not in the spec format (it is kept verbatim).',
  messages: {
    unknown: { text: 'Unexpected section `{{heading}}`, expected one of the known sections (kept verbatim)', hint: 'check the spelling if it was meant to be a known section; otherwise ignore this note' },
  },
  check(ctx) {
    for (const section of ctx.model.sections) {
      if (section.id !== null) continue;
      ctx.report({ message: 'unknown', data: { heading: section.heading }, pos: section.pos });
    }
  },
});
