/**
 * `secrets/literal-value`: a secret variable holds a literal secret. Specs are redacted where they
 * are loaded, so the extractor saw a masked value (`•••••`, `sk_live_•••`) and `literal` says what
 * it looked like; the value itself never reaches the model, nor this message.
 */
import { placeholderOf } from '../../model/secret-values.js';
import { defineRule } from '../types.js';

export const literalValue = defineRule({
  id: 'secrets/literal-value',
  severity: 'error',
  description: 'A secret variable holds a literal secret instead of a placeholder or a reference.',
  messages: {
    literal: {
      text: 'Unexpected literal value for `{{key}}` (it looks like {{kind}}), expected a placeholder such as `{{placeholder}}` or a reference such as `${{{key}}}`',
      hint: 'replace it with a placeholder or a reference, and rotate the secret, since it was committed',
    },
  },
  check(ctx) {
    for (const k of ctx.model.secrets?.keys ?? []) {
      if (!k.literal) continue;
      ctx.report({ message: 'literal', data: { key: k.key, kind: k.literal, placeholder: placeholderOf(k.value) }, pos: k.valuePos ?? k.pos });
    }
  },
});
