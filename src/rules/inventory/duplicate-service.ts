/** `inventory/duplicate-service`: two containers share a name. */
import { defineRule } from '../types.js';
import { allContainers } from '../../model/query.js';
import { repeats } from '../lib/model.js';

export const duplicateService = defineRule({
  id: 'inventory/duplicate-service',
  severity: 'error',
  description: 'Two containers share a name.',
  messages: {
    duplicate: { text: 'Unexpected duplicate container `{{name}}`, expected unique names', hint: 'rename one of the containers or remove the duplicate row' },
    first: { text: '`{{name}}` first defined here' },
  },
  check(ctx) {
    for (const { first, again: c } of repeats(allContainers(ctx.model), (c) => c.name)) {
      ctx.report({
        message: 'duplicate',
        data: { name: c.name },
        pos: c.namePos ?? c.pos,
        cause: { message: 'first', data: { name: c.name }, pos: first.namePos ?? first.pos },
      });
    }
  },
});
