/** `inventory/duplicate-service`: two containers share a name. */
import type { Container } from '../../model/schema.js';
import { defineRule } from '../types.js';
import { allContainers } from '../../model/query.js';

export const duplicateService = defineRule({
  id: 'inventory/duplicate-service',
  severity: 'error',
  description: 'Two containers share a name.',
  messages: {
    duplicate: { text: 'Unexpected duplicate container `{{name}}`, expected unique names', hint: 'rename one of the containers or remove the duplicate row' },
    first: { text: '`{{name}}` first defined here' },
  },
  check(ctx) {
    const seen = new Map<string, Container>();
    for (const c of allContainers(ctx.model)) {
      const first = seen.get(c.name);
      if (!first) {
        seen.set(c.name, c);
        continue;
      }
      ctx.report({
        message: 'duplicate',
        data: { name: c.name },
        pos: c.namePos ?? c.pos,
        cause: { message: 'first', data: { name: c.name }, pos: first.namePos ?? first.pos },
      });
    }
  },
});
