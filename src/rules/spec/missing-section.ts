/** `spec/missing-section`: a section the model needs (inventory, routing, API endpoints) is absent. */
import type { SectionId } from '../../model/schema.js';

import { defineRule } from '../types.js';
import { SECTION_TITLES } from '../../model/sections.js';

/** The sections generators cannot do without. */
const REQUIRED: SectionId[] = ['inventory', 'routing', 'api'];

export const missingSection = defineRule({
  id: 'spec/missing-section',
  severity: 'warning',
  description: 'A section the model needs (Container Inventory, Domain Routing, API Endpoints) is absent.',
  messages: {
    missing: { text: 'Unexpected spec without the `{{title}}` section, expected one', hint: 'add `## {{title}}` (in any spec file), or fix the title of the section meant to be it' },
  },
  check(ctx) {
    const present = new Set(ctx.model.sections.map((s) => s.id));
    for (const id of REQUIRED) {
      if (present.has(id)) continue;
      ctx.report({ message: 'missing', data: { title: SECTION_TITLES[id] }, pos: ctx.model.header?.pos });
    }
  },
});
