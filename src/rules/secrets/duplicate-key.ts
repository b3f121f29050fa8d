/** `secrets/duplicate-key`: a variable is defined twice in the secrets block. */
import type { SecretKey } from '../../model/schema.js';
import { defineRule } from '../types.js';

export const duplicateKey = defineRule({
  id: 'secrets/duplicate-key',
  severity: 'warning',
  description: 'A secret variable is defined twice.',
  messages: {
    duplicate: { text: 'Unexpected second definition of `{{key}}`, expected each variable once', hint: 'remove one of the two lines (in a .env file the last one wins)' },
    first: { text: '`{{key}}` first defined here (group `{{group}}`)' },
  },
  check(ctx) {
    const seen = new Map<string, SecretKey>();
    for (const k of ctx.model.secrets?.keys ?? []) {
      const first = seen.get(k.key);
      if (!first) {
        seen.set(k.key, k);
        continue;
      }
      ctx.report({ message: 'duplicate', data: { key: k.key }, pos: k.pos, cause: { message: 'first', data: { key: k.key, group: first.group }, pos: first.pos } });
    }
  },
});
