/** `deploy/missing-required-env`: an image refuses to start without a key that no secrets group provides. */
import { wiring } from '../../images/wiring.js';
import { defineRule } from '../types.js';

export const missingRequiredEnv = defineRule({
  id: 'deploy/missing-required-env',
  severity: 'warning',
  description: 'An image the catalogue knows refuses to start without an environment variable that the Secrets Management block does not list.',
  docs: {
    catches:
      'A container whose image needs a setting to start — `postgres` refuses to initialise without `POSTGRES_PASSWORD` (or `POSTGRES_PASSWORD_FILE`), ' +
      'Chatwoot without `SECRET_KEY_BASE`, MariaDB without a root password — while no key of the Secrets Management block provides it (any of the ' +
      'alternatives counts; so does a password key with a client\'s prefix such as `ODOO_DB_PASSWORD`, and a variable another key reads, as in ' +
      '`SPRING_DATASOURCE_PASSWORD=${POSTGRES_PASSWORD}`: the spec names it, `.env.example` gets it, and nothing is reported). When a client ' +
      'is listed before its server, the finding is at the server. The generated compose file references it as `${KEY:?set it in .env.production}` and `.env.example` gets it with a ' +
      'placeholder, so the spec can be completed; this finding says so.',
    example: '| `postgres` | `postgres:15` | 5432 | PostgreSQL database | ✅ Running |\n\n(and no `POSTGRES_PASSWORD=` in the Secrets Management block)',
    fix: 'Add the key with a placeholder under a `# Group` of the Secrets Management block (`POSTGRES_PASSWORD=***`) and set the real value in the env file.',
  },
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
