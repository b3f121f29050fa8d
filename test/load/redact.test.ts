/**
 * Redaction of spec text where it is loaded: every secret anywhere in the text is masked with `•`
 * over the same columns, nothing else changes, and masking is idempotent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactText } from '../../src/load/redact.js';

const ROOT = join(import.meta.dirname, '../..');
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.Q2FuYXJ5U2lnbmF0dXJlMTIzNA';

/** Masks `text` and checks the invariants every redaction keeps: same lines, same line lengths, idempotent. */
function redact(text: string): string {
  const out = redactText(text);
  expect(out.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
  expect(redactText(out)).toBe(out);
  return out;
}

describe('redactText', () => {
  it.each([
    ['a password in a URL in prose', 'Connect with postgres://app:Pr0sePw@db:5432/app first.', 'Connect with postgres://app:•••••••@db:5432/app first.'],
    ['a routing note', 'api.example.com → Caddy → api:8000 (basic auth https://ops:N0tePw@api.example.com)', 'api.example.com → Caddy → api:8000 (basic auth https://ops:••••••@api.example.com)'],
    ['a Caddyfile line', '    reverse_proxy http://svc:CaddyPw1@api:8000', '    reverse_proxy http://svc:••••••••@api:8000'],
    ['an empty user', 'REDIS=redis://:R3dis@cache:6379/0', 'REDIS=redis://:•••••@cache:6379/0'],
    ['jdbc', 'url jdbc:postgresql://app:JdbcPw@pg:5432/db', 'url jdbc:postgresql://app:••••••@pg:5432/db'],
    ['a docker run flag', 'docker run -e POSTGRES_PASSWORD=admin postgres:15', 'docker run -e POSTGRES_PASSWORD=••••• postgres:15'],
    ['a CLI flag', 'mysql --password=hunter2 -u root', 'mysql --password=••••••• -u root'],
    ['a glued password key exported in a deployment block', 'export PGPASSWORD=Winter2026!', 'export PGPASSWORD=•••••••••••'],
    ['a glued password key in a docker run flag', 'docker run --rm -e PGPASSWORD=Winter2026! postgres:16 psql -h db', 'docker run --rm -e PGPASSWORD=••••••••••• postgres:16 psql -h db'],
    ['a query string', 'GET https://api.example.com/x?access_token=Abc123xyz&page=2', 'GET https://api.example.com/x?access_token=•••••••••&page=2'],
    ['a YAML environment map', '      POSTGRES_PASSWORD: "admin"', '      POSTGRES_PASSWORD: "•••••"'],
    ['a JWT in prose', `Bearer ${JWT} works`, `Bearer eyJ${'•'.repeat(JWT.length - 3)} works`],
    ['a Stripe key in a header', 'header X-Key "sk_live_51Canary000000000000"', `header X-Key "sk_live_${'•'.repeat(20)}"`],
    ['an AWS key id', 'aws configure set aws_access_key_id AKIAIOSFODNN7CANARY1', `aws configure set aws_access_key_id AKIA${'•'.repeat(16)}`],
  ])('masks %s', (_name, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('masks the body of a PEM private key, keeping its frame', () => {
    const pem = ['```', '-----BEGIN RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEAcanary', '  +q9Zcanary==', '-----END RSA PRIVATE KEY-----', '```'].join('\n');
    expect(redact(pem)).toBe(['```', '-----BEGIN RSA PRIVATE KEY-----', '•'.repeat(22), `  ${'•'.repeat(12)}`, '-----END RSA PRIVATE KEY-----', '```'].join('\n'));
  });

  it('keeps CRLF line ends', () => {
    expect(redact('DB_PASSWORD=admin\r\nA=1\r\n')).toBe('DB_PASSWORD=•••••\r\nA=1\r\n');
  });

  it.each([
    'REDIS_URL=redis://cache:6379/0',
    'postgres://app:${DB_PASSWORD}@db/app and postgres://app:***@db/app',
    'DB_PASSWORD_FILE=/run/secrets/db_password',
    'BYPASS=127.0.0.1 and COMPASS_HEADING=north and OLDPWD=home',
    'NEXT_PUBLIC_SUPABASE_ANON_KEY=' + JWT,
    'STRIPE_PUBLISHABLE_KEY=pk_live_51Canary000000000000',
    'Write `KEY=value` lines; `PASSWORD=***` is a placeholder.',
    'Ports 8080:80 and https://user@host.example.com/path',
    '| api | `ghcr.io/acme/api:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef` | 80 |',
  ])('keeps %s', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('leaves the embedded seed spec as it is: a clean spec loses nothing', () => {
    const seed = readFileSync(join(ROOT, 'specs/os.md'), 'utf8');
    expect(redact(seed)).toBe(seed);
  });
});
