/**
 * `secrets/literal-value`: a secret variable holds a real-looking value. The extractor already
 * classified and redacted it (`literal` says what it looked like); the value itself never reaches
 * the model, so it cannot reach this message either.
 */
import { defineRule } from '../types.js';

export const literalValue = defineRule({
  id: 'secrets/literal-value',
  severity: 'error',
  description: 'A secret variable holds a real-looking value instead of a placeholder.',
  docs: {
    catches:
      'A `KEY=value` line of the secrets block whose value looks real: a known token shape for any key (a JWT `eyJ….….…`, Stripe `sk_live_…`, GitHub `ghp_…`, ' +
      'Slack `xoxb-…`, AWS `AKIA…`, Google `AIza…`, Resend `re_…`, SendGrid `SG.…`, OpenAI-style `sk-…`, a PEM private key, a URL with a password), ' +
      'a long high-entropy string (20+ characters of mixed letters and digits), or any plain literal of a credential key (`*_KEY`, `*_TOKEN`, `*PASSWORD*` …). ' +
      'Placeholders pass: `***`, `xxx`, values ending in `...` or `***` (`eyJ...`, `re_***`), `<your-key>`, `${VAR}`, `changeme`. ' +
      'The value is never printed, only what it looks like.',
    example: '```bash\nSTRIPE_SECRET_KEY=sk_live_FAKEFAKEFAKE1234567890\n```',
    fix: 'Replace the value with a placeholder (`***`, or a prefix such as `sk_live_***`), and rotate the secret: it has been committed.',
  },
  messages: {
    literal: { text: 'Unexpected literal value for `{{key}}` (it looks like {{kind}}), expected a placeholder such as `***`', hint: 'replace it with a placeholder (`***`, `{{prefix}}***`) and rotate the secret, since it was committed' },
  },
  check(ctx) {
    for (const k of ctx.model.secrets?.keys ?? []) {
      if (!k.literal) continue;
      const prefix = /Stripe/.test(k.literal) ? 'sk_live_' : /Resend/.test(k.literal) ? 're_' : /JWT/.test(k.literal) ? 'eyJ' : '';
      ctx.report({ message: 'literal', data: { key: k.key, kind: k.literal, prefix }, pos: k.valuePos ?? k.pos });
    }
  },
});
