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
  docs: {
    catches:
      'A `KEY=value` line of the secrets block, decided by the key and the value, never by entropy. ' +
      'A **credential key** has `PASSWORD`, `PASSWD`, `PASS`, `PWD`, `PASSPHRASE`, `SECRET`, `TOKEN`, `CREDENTIALS`, `APIKEY`, `SALT` as a whole word, ' +
      'or `KEY`/`KEYS`/`AUTH` as its last word after another one (`ODOO_API_KEY`, `ENCRYPTION_KEY`, `REDIS_AUTH`), or ends in `SERVICE_ROLE`; ' +
      'it is not one when it is public by design (a `PUBLIC` or `PUBLISHABLE` word: `NEXT_PUBLIC_*`, `STRIPE_PUBLISHABLE_KEY`), ' +
      'when its last word makes it a setting about a credential (`*_FILE`, `*_PATH`, `*_URL`, `*_USER`, `*_NAME`, `*_ID`, `*_TTL`, `*_EXPIRY` …: `DB_PASSWORD_FILE`, `TOKEN_TTL`), ' +
      'or when `KEY` names a lookup key (`CACHE_KEY`, `SORT_KEY`, `OBJECT_KEY`). ' +
      'A value is a **placeholder** (empty, `***`, `xxx`, ending in `...` or `***` such as `eyJ...` or `sk_live_***`, `<your-key>`, `changeme`, `example`), ' +
      'a **reference** (`${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ var }}`, `op://…`, `vault:…`, or a file path such as `/run/secrets/db`; ' +
      'in `${VAR:-default}` the default is judged as a value), a **public id** (Stripe `pk_live_…`), or a literal. ' +
      'It fires, whatever the key, on a known token shape (a JWT `eyJ….….…`, Stripe `sk_live_…`/`rk_live_…`, GitHub `ghp_…`, Slack `xoxb-…`, AWS `AKIA…`, ' +
      'Google `AIza…`, Resend `re_…`, SendGrid `SG.…`, OpenAI-style `sk-…`, a PEM private key) — except a JWT or Google key under a public key — ' +
      'and on a URL with a password in its userinfo (`postgres://app:s3cret@db/app`, but not `postgres://app:${DB_PASSWORD}@db/app`); ' +
      'and on any other literal of a credential key (`ODOO_API_KEY=odoo`, `POSTGRES_PASSWORD=admin`, `DB_PASSWORD=12345678`), except a switch (`true`, `off`). ' +
      'Anything else is configuration and stays as written in the outputs: `REDIS_URL=redis://cache:6379/0`, `AMQP_URL=amqp://broker:5672/app`, ' +
      '`jdbc:postgresql://postgres:5432/db`, `S3_BUCKET=backups-2024`, `DB_PASSWORD_FILE=/run/secrets/db`. ' +
      'The value is never printed: the spec is redacted where it is loaded, so the message says only what the value looked like.',
    example: '```bash\nSTRIPE_SECRET_KEY=sk_live_FAKEFAKEFAKE1234567890\nPOSTGRES_PASSWORD=admin\n```',
    fix: 'Replace the value with a placeholder (`***`, or a prefix such as `sk_live_***`) or a reference (`${POSTGRES_PASSWORD}`, a `*_FILE` path), and rotate the secret: it has been committed.',
  },
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
