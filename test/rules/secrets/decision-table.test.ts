/**
 * The decision table of `secrets/literal-value` and of redaction, pair by pair: each `KEY=value`
 * goes through the real loader (redaction, extraction), the rule and the `.env.example` generator.
 * A secret fires, is masked in the model and is a placeholder in `.env.example`; configuration does
 * not fire and is kept as written.
 */
import { describe, expect, it } from 'vitest';
import { extractSpecs } from '../../../src/load/index.js';
import { validate } from '../../../src/rules/validate.js';
import { envExampleView } from '../../../generators/env-example.js';
import { literalKind, maskValue } from '../../../src/model/secret-values.js';

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzZXJ2aWNlIiwicm9sZSI6ImFkbWluIn0.c2lnbmF0dXJlLXNpZ25hdHVyZS0xMjM0';

/** [key, value, what it looked like] for values that must fire and never be shown. */
const SECRETS: [string, string, string][] = [
  ['ODOO_API_KEY', 'odoo', 'a literal credential'],
  ['POSTGRES_PASSWORD', 'admin', 'a literal credential'],
  ['DB_PASSWORD', '12345678', 'a literal credential'],
  ['MYSQL_ROOT_PASSWORD', '"root pass"', 'a literal credential'],
  ['SMTP_PASS', 'mailpass1', 'a literal credential'],
  ['JWT_SECRET', 'supersecret', 'a literal credential'],
  ['SECRET_KEY_BASE', 'abc', 'a literal credential'],
  ['N8N_ENCRYPTION_KEY', 'n8nkey', 'a literal credential'],
  ['CHATWOOT_TOKEN', 'tok', 'a literal credential'],
  ['GOOGLE_CREDENTIALS', 'creds', 'a literal credential'],
  ['REDIS_AUTH', 'redispw', 'a literal credential'],
  ['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'a literal credential'],
  ['SUPABASE_SERVICE_ROLE', JWT, 'a JWT'],
  ['SUPABASE_ANON_KEY', JWT, 'a JWT'],
  ['STRIPE_SECRET_KEY', 'sk_live_51HxYzAbCdEfGh1234567890', 'a Stripe secret key'],
  ['PAYMENTS', 'sk_test_51HxYzAbCdEfGh1234567890', 'a Stripe secret key'],
  ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE', 'an AWS access key id'],
  ['GH', 'ghp_0123456789abcdefghijABCDEFGHIJ012345', 'a GitHub token'],
  ['SLACK_HOOK', 'xoxb-123456789012-abcdefghij', 'a Slack token'],
  ['RESEND', 're_123abcDEF456ghi', 'a Resend API key'],
  ['OPENAI', 'sk-proj-abcdefghijklmnopqrstuvwx', 'an OpenAI-style API key'],
  ['NEXT_PUBLIC_STRIPE', 'sk_live_51HxYzAbCdEfGh1234567890', 'a Stripe secret key'],
  ['DATABASE_URL', 'postgres://app:s3cret@db:5432/app', 'a URL with a password'],
  ['BROKER_URL', 'amqp://guest:Gu3stPw@broker:5672/', 'a URL with a password'],
  ['CACHE_URL', 'redis://:redispw@cache:6379/0', 'a URL with a password'],
  ['JDBC_URL', 'jdbc:postgresql://app:pw123@postgres:5432/db', 'a URL with a password'],
  ['DB_PASSWORD', '${DB_PASSWORD:-admin}', 'a literal credential'],
  ['PGPASSWORD', 'Winter2026!', 'a literal credential'],
  ['MYSQLPASSWORD', 'hunter22', 'a literal credential'],
  ['DBPASSWD', 'letmein1', 'a literal credential'],
  ['OAUTH_CLIENTSECRET', 'cl1entSecr3t', 'a literal credential'],
  ['SLACK_AUTHTOKEN', 'authtok3n', 'a literal credential'],
  ['--password', 'hunter2', 'a literal credential'],
];

/** [key, value] pairs that are configuration, placeholders or references: never fire, kept as written. */
const KEPT: [string, string][] = [
  ['REDIS_URL', 'redis://cache:6379/0'],
  ['AMQP_URL', 'amqp://broker:5672/app'],
  ['DATABASE_URL', 'jdbc:postgresql://postgres:5432/db'],
  ['DATABASE_URL', 'postgres://app:${DB_PASSWORD}@db/app'],
  ['DATABASE_URL', 'postgres://app:***@db:5432/app'],
  ['S3_BUCKET', 'smarteros-backups-2024'],
  ['MINIO_BUCKET', 'b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2'],
  ['POSTGRES_PASSWORD_FILE', '/run/secrets/postgres_password'],
  ['DB_PASSWORD', '/run/secrets/db'],
  ['STRIPE_PUBLISHABLE_KEY', 'pk_live_51HxYzAbCdEfGh1234567890'],
  ['STRIPE_KEY', 'pk_test_51HxYzAbCdEfGh1234567890'],
  ['NEXT_PUBLIC_SUPABASE_ANON_KEY', JWT],
  ['NEXT_PUBLIC_FIREBASE_API_KEY', 'AIzaSyA-0123456789abcdefghijklmnopqrstu'],
  ['NEXT_PUBLIC_API_URL', 'https://api.smarterbot.cl'],
  ['GIT_SHA', '9fceb02d0ae598e95dc970b74767f19372d61af8'],
  ['SESSION_ID_HEADER', 'X-Session'],
  ['TOKEN_TTL', '3600'],
  ['JWT_EXPIRES_IN', '1h'],
  ['ACCESS_TOKEN_URL', 'https://auth.example.com/token'],
  ['SECRET_NAME', 'db-credentials'],
  ['DB_USER', 'app'],
  ['POSTGRES_USER', 'admin'],
  ['CACHE_KEY', 'v2:sessions'],
  ['CHATWOOT_ACCOUNT_ID', '1'],
  ['ENABLE_MCP', 'true'],
  ['REDIS_AUTH', 'true'],
  ['ODOO_API_KEY', '***'],
  ['RESEND_API_KEY', 're_***'],
  ['SUPABASE_SERVICE_ROLE', 'eyJ...'],
  ['API_TOKEN', '<your-token>'],
  ['SESSION_SECRET', '${SESSION_SECRET}'],
  ['GITHUB_TOKEN', '${{ secrets.GITHUB_TOKEN }}'],
  ['VAULT_TOKEN', 'op://vault/item/token'],
  ['ODOO_PASSWORD', 'changeme'],
  ['SUPABASE_URL', 'https://xxx.supabase.co'],
  ['SENTRY_DSN', 'https://abc123@o1.ingest.sentry.io/42'],
  ['TZ', 'America/Santiago'],
  ['BYPASS', '127.0.0.1'],
  ['PROXY_BYPASS', 'localhost'],
  ['COMPASS_HEADING', 'north'],
  ['OLDPWD', 'home'],
  ['OAUTH', 'github'],
  ['PGPASSWORD_FILE', '/run/secrets/pg'],
  ['PGPASSWORD', '${PGPASSWORD}'],
  ['DB_PASSWORD', '$(cat /run/secrets/db)'],
];

/** Loads a one-key spec through the real pipeline: the finding, the model value, the `.env.example` value. */
function run(key: string, value: string) {
  const spec = ['## Secrets Management', '', '### Env (`.env`)', '', '```bash', '# G', `${key}=${value}`, '```', ''].join('\n');
  const { model, issues } = extractSpecs([{ file: 'specs/os.md', text: spec }]);
  const found = validate({ cwd: '/', model, issues, sources: {} }, {}).diagnostics.filter((d) => d.ruleId === 'secrets/literal-value');
  const k = model.secrets!.keys[0]!;
  return { found, model: k, example: envExampleView(model).groups[0]!.keys[0]!.value, json: JSON.stringify(model) };
}

/** The part of a value that must never be seen: all of it but a known public prefix. */
const secretPart = (value: string) => value.replace(/^"|"$/g, '').replace(/^.*:(?=[^:@]+@)/, '').replace(/@.*$/, '').replace(/^(eyJ|sk_live_|sk_test_|AKIA|ghp_|xoxb-|re_|sk-|\$\{DB_PASSWORD:-)/, '').replace(/\}$/, '');

describe('secrets/literal-value decision table', () => {
  it.each(SECRETS)('%s=%s fires as %s, masked everywhere', (key, value, kind) => {
    expect(literalKind(key, value)).toBe(kind);
    expect(literalKind(key, maskValue(key, value))).toBe(kind); // the masked value still says what it was
    expect(maskValue(key, value)).toHaveLength(value.length);
    if (key.startsWith('--')) return; // a flag is not an env line
    const r = run(key, value);
    expect(r.found.map((d) => [d.line, d.column, d.message])).toEqual([[7, key.length + 2, expect.stringContaining(`(it looks like ${kind})`)]]);
    for (const text of [r.json, r.example, r.found[0]!.message, r.found[0]!.hint ?? '']) expect(text).not.toContain(secretPart(value));
    expect(r.example).toMatch(/\*\*\*/);
  });

  it.each(KEPT)('%s=%s is kept', (key, value) => {
    expect(literalKind(key, value)).toBeUndefined();
    expect(maskValue(key, value)).toBe(value);
    const r = run(key, value);
    expect(r.found).toEqual([]);
    expect(r.model.value).toBe(value);
    expect(r.example.replace(/^'(.*)'$/, '$1')).toBe(value);
  });
});
