/** `deploy/added-env`: the generated outputs reference a key for the wiring that the spec does not list. */
import { wiring } from '../../images/wiring.js';
import { defineRule } from '../types.js';

export const addedEnv = defineRule({
  id: 'deploy/added-env',
  severity: 'info',
  description: 'The generated compose file wires a container with a secret key that the Secrets Management block does not list; it was added to .env.example.',
  messages: {
    added: {
      text: 'Unexpected `{{name}}` reading `{{key}}` that Secrets Management lacks, expected the key listed: {{why}}',
      hint: 'add `{{key}}=***` under a `# Group` of the Secrets Management block (Bolt Lab added it to .env.example)',
    },
  },
  check(ctx) {
    for (const w of wiring(ctx.model, ctx.lock, ctx.memo).values()) {
      for (const a of w.added) if (!a.required && !a.referenced) ctx.report({ message: 'added', data: { name: a.container, key: a.key, why: a.why }, pos: a.pos });
    }
  },
});
