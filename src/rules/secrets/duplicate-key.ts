/** `secrets/duplicate-key`: a variable is defined twice in the secrets block. */
import { defineRule } from '../types.js';
import { repeats } from '../lib/model.js';

export const duplicateKey = defineRule({
  id: 'secrets/duplicate-key',
  severity: 'warning',
  description: 'A secret variable is defined twice.',
  messages: {
    duplicate: { text: 'Unexpected second definition of `{{key}}`, expected each variable once', hint: 'remove one of the two lines (in a .env file the last one wins)' },
    first: { text: '`{{key}}` first defined here (group `{{group}}`)' },
  },
  check(ctx) {
    for (const { first, again: k } of repeats(ctx.model.secrets?.keys ?? [], (k) => k.key)) {
      ctx.report({ message: 'duplicate', data: { key: k.key }, pos: k.pos, cause: { message: 'first', data: { key: k.key, group: first.group }, pos: first.pos } });
    }
  },
});
