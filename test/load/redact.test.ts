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
    ['a credential flag and its value after a space', 'docker login --password Sp4ceSecret1 -u ci registry.x.io', 'docker login --password •••••••••••• -u ci registry.x.io'],
    ['other credential flags after a space', 'kubeadm join db:6443 --token abcdef.0123456789 --api-key K3y9 --client-secret "Cl1ent Pw"', 'kubeadm join db:6443 --token ••••••••••••••••• --api-key •••• --client-secret "•••••••••"'],
    ['a known shape after a credential flag, keeping its prefix', 'gh api --token ghp_abcdefghijklmnopqrstuvwxyz0123 /user', `gh api --token ghp_${'•'.repeat(30)} /user`],
    ['wget --password after a space', 'wget --user admin --password WgetPw1 https://x.io/f', 'wget --user admin --password ••••••• https://x.io/f'],
    ['docker login -p VALUE', 'docker login -u ci -p S3cr3tPassw0rd registry.x.io', 'docker login -u ci -p •••••••••••••• registry.x.io'],
    ['docker login -p in inline code in a list', '- **Registry login:** `docker login -u ci -p S3cr3tPw registry.x.io`', '- **Registry login:** `docker login -u ci -p •••••••• registry.x.io`'],
    ['podman login -pVALUE and nerdctl login -p=VALUE', 'podman login -pPodPw1 reg.io; nerdctl login -p=NerdPw2 reg.io', 'podman login -p•••••• reg.io; nerdctl login -p=••••••• reg.io'],
    ['helm registry login -p', 'helm registry login reg.io -u ci -p HelmPw1', 'helm registry login reg.io -u ci -p •••••••'],
    ['a login continued over lines', 'docker login \\\n  -u ci \\\n  -p ContPw1 \\\n  reg.io\nmkdir -p x', 'docker login \\\n  -u ci \\\n  -p ••••••• \\\n  reg.io\nmkdir -p x'],
    ['mysql -pVALUE', 'mysql -u root -pMyS3cretPw3 crm', 'mysql -u root -p••••••••••• crm'],
    ['mysqldump, mysqladmin and a quoted mysql password in docker exec', 'mysqldump -pDumpPw1 db | gzip > x; mysqladmin -pAdmPw2 status; docker exec db mysql -uroot -p"Quoted Pw" app', 'mysqldump -p••••••• db | gzip > x; mysqladmin -p•••••• status; docker exec db mysql -uroot -p"•••••••••" app'],
    ['curl -u user:password', 'curl -u admin:CurlSecret5 https://api.x.io/admin', 'curl -u admin:••••••••••• https://api.x.io/admin'],
    ['curl --user, -uVALUE and a quoted one', 'curl --user admin:Pw9 x; curl -uadmin:Pw10 x; curl -u "ops:Pw 11" x', 'curl --user admin:••• x; curl -uadmin:•••• x; curl -u "ops:•••••" x'],
    ['a Bearer header', 'curl -H "Authorization: Bearer BearerSecretValue6abc" https://api.x.io', 'curl -H "Authorization: Bearer •••••••••••••••••••••" https://api.x.io'],
    ['a Basic header', "curl -H 'Authorization: Basic YWRtaW46cGFzcw==' x", "curl -H 'Authorization: Basic ••••••••••••••••' x"],
    ['a Token header in prose and a proxy header line', 'Send authorization: token Tok3nValue; header_up Authorization "Bearer CaddyTok1"', 'Send authorization: token ••••••••••; header_up Authorization "Bearer •••••••••"'],
    ['redis-cli -a, sshpass -p and mongosh -p', 'redis-cli -h cache -a R3disPw1 ping; sshpass -p SshPw22 ssh ops@host; mongosh -u admin -p MongoPw3 db', 'redis-cli -h cache -a •••••••• ping; sshpass -p ••••••• ssh ops@host; mongosh -u admin -p •••••••• db'],
    ['a JWT in a Bearer header, keeping its prefix', `Authorization: Bearer ${JWT}`, `Authorization: Bearer eyJ${'•'.repeat(JWT.length - 3)}`],
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
    'docker run -d -p 8080:80 nginx && ssh -p 22 host && mkdir -p /srv/x && docker run -p 3306:3306 mysql:8',
    'docker run -u 1000:1000 img; curl --user-agent "Mozilla" x; curl -u admin https://x',
    'mysql -u root -p crm; mysql -u root --password crm',
    'redis-cli -a $REDIS_PASSWORD ping; redis-cli --no-auth-warning -a "${REDIS_PASSWORD}" ping; sshpass -p *** ssh host; tar -a -cf x.tar.gz dir',
    'echo "$PW" | docker login --password-stdin -u ci registry.x.io',
    'docker login -u ci --password "$(cat /run/secrets/x)" reg; docker login -u ci --password="$(cat /run/secrets/x)" reg',
    'docker login -u ci -p $PASSWORD reg; docker login -u ci -p ${X} reg; docker login -u ci -p <password> reg; docker login -p *** reg',
    'curl -u "$USER:$PASS" x; curl -u admin:${PASS} x; curl -u admin:*** x',
    'Send `Authorization: Bearer <token>`, Authorization: Bearer ${TOKEN}, Authorization: Bearer $TOKEN or Authorization: Basic ***',
    'docker build --secret id=npmrc,src=$HOME/.npmrc . && ansible-playbook --ask-vault-pass site.yml && psql --no-password app',
    'aws secretsmanager get-secret-value --secret-id prod/db --secret-arn arn:aws:sm:x && helm install --token-ttl 3600 x',
  ])('keeps %s', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('leaves the embedded seed spec as it is: a clean spec loses nothing', () => {
    const seed = readFileSync(join(ROOT, 'specs/os.md'), 'utf8');
    expect(redact(seed)).toBe(seed);
  });
});
