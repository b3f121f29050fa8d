/** `deploy/missing-required-env`: an image refuses to start without a key that no secrets group provides. */
import { wiring } from '../../images/wiring.js';
import { defineRule } from '../types.js';

export const missingRequiredEnv = defineRule({
  id: 'deploy/missing-required-env',
  severity: 'warning',
  description: 'An image the catalogue knows refuses to start without an environment variable that the Secrets Management block does not list.',
  messages: {
    missing: {
      text: 'Unexpected `{{name}}` without `{{key}}` in Secrets Management, expected the key: {{why}}',
      hint: 'add `{{key}}=***` under a `# Group` of the Secrets Management block; Bolt Lab added it to .env.example with a placeholder meanwhile',
    },
  },
  check(ctx) {
    for (const w of wiring(ctx.model, ctx.lock, ctx.memo).values()) {
      for (const a of w.added) if (a.required && !a.referenced) ctx.report({ message: 'missing', data: { name: a.container, key: a.key, why: a.why }, pos: a.pos });
    }
  },
});
