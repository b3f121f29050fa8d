/** `deploy/added-env`: the generated outputs reference a key for the wiring that the spec does not list. */
import { wiring } from '../../images/wiring.js';
import { defineRule } from '../types.js';

export const addedEnv = defineRule({
  id: 'deploy/added-env',
  severity: 'info',
  description: 'The generated compose file wires a container with a secret key that the Secrets Management block does not list; it was added to .env.example.',
  docs: {
    catches:
      'A key the wiring needs that no image strictly requires to start: a client of a database the inventory does not run (an external PostgreSQL ' +
      'named in Database Schema) connects with `${POSTGRES_PASSWORD:?…}`, and no key holds that password (a key with the client\'s prefix, `ODOO_DB_PASSWORD`, does; a variable another key reads, `${POSTGRES_PASSWORD}`, is added unreported). Keys an image refuses to start without are ' +
      '`deploy/missing-required-env` instead. Either way the key is written to `.env.example` with a placeholder, under a group saying Bolt Lab added it.',
    example: '### PostgreSQL (Odoo)\n\n- **Host:** `db.internal:5432`\n- **User:** `odoo`\n\n(an `odoo` container, and no password key in Secrets Management)',
    fix: 'Add the key with a placeholder under a `# Group` of the Secrets Management block, so the spec says what the platform needs.',
  },
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
