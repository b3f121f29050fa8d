/**
 * What is a secret: the decision table of `secrets/literal-value` and of redaction, by the key
 * (does it name a credential?) and the value (placeholder, reference, public id, known token shape,
 * URL with a password, or a plain literal). Entropy decides nothing: a bucket name with digits is
 * configuration, `admin` under `POSTGRES_PASSWORD` is a credential.
 *
 * Every function here gives the same answer for a value and for its redacted form (see `maskValue`):
 * specs are redacted where they are loaded, so the extractor only ever sees masked values, and the
 * masked value must still say what the secret looked like.
 */

/** The character that overwrites secret text: one UTF-16 unit and one terminal cell, so columns stay right; no Markdown meaning. */
export const MASK = '•';
const MASKED_TAIL = /^•+$/;

/** Words that make a key a credential wherever they stand (`DB_PASSWORD`, `JWT_SECRET_BASE`, `GITHUB_TOKEN`). */
const CREDENTIAL_WORDS = new Set(['PASSWORD', 'PASSWORDS', 'PASSWD', 'PASS', 'PWD', 'PASSPHRASE', 'SECRET', 'SECRETS', 'TOKEN', 'TOKENS', 'CREDENTIAL', 'CREDENTIALS', 'APIKEY', 'SALT', 'PEPPER']);
/**
 * Credential words a key may glue to a prefix without an underscore (`PGPASSWORD`, libpq's;
 * `MYSQLPASSWORD`, `DBPASSWD`, `CLIENTSECRET`, `AUTHTOKEN`, `STRIPEAPIKEY`), as the end of its last
 * word or of any word before a setting. Only suffixes no ordinary word ends in: not `PASS`
 * (`BYPASS`, `COMPASS`), `PWD` (the shell's `OLDPWD`), `KEY` (`MONKEY`, `HOCKEY`), `AUTH` (`OAUTH`,
 * a protocol's name) or `SALT` (`BASALT`).
 */
const GLUED_CREDENTIAL = /^[A-Z0-9]+(?:PASSWORDS?|PASSWD|PASSPHRASE|SECRETS?|TOKENS?|APIKEY|CREDENTIALS?)$/;
/** Words that make a key a credential as its last word (`ODOO_API_KEY`, `ENCRYPTION_KEY`, `REDIS_AUTH`). */
const CREDENTIAL_LAST = new Set(['KEY', 'KEYS', 'AUTH']);
/** `KEY` after these names a lookup key, not a credential (`CACHE_KEY`, `SORT_KEY`). */
const LOOKUP_KEY_QUALIFIERS = new Set(['CACHE', 'SORT', 'PRIMARY', 'PARTITION', 'FOREIGN', 'IDEMPOTENCY', 'ROUTING', 'SHARD', 'HASH', 'RANGE', 'OBJECT', 'LOCK']);
/** A last word that makes the key a setting about a credential (`TOKEN_TTL`, `DB_PASSWORD_FILE`, `SECRET_NAME`). */
const SETTING_SUFFIXES = new Set([
  'FILE', 'PATH', 'DIR', 'URL', 'URI', 'ENDPOINT', 'HOST', 'PORT', 'USER', 'USERNAME', 'NAME', 'ID', 'TTL', 'EXPIRY', 'EXPIRES', 'EXPIRATION',
  'LIFETIME', 'TIMEOUT', 'LENGTH', 'SIZE', 'HEADER', 'ISSUER', 'AUDIENCE', 'ALGORITHM', 'ALG', 'TYPE', 'PREFIX', 'ENABLED', 'POLICY', 'ROTATION',
  'VERSION', 'REGION', 'COUNT', 'MIN', 'MAX', 'MODE', 'PROVIDER', 'METHOD', 'STRATEGY',
]);

const words = (key: string) => key.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);

/** True when the key is public by design (`NEXT_PUBLIC_*`, `STRIPE_PUBLISHABLE_KEY`, `*_PUBLIC_KEY`): browsers get its value. */
export function isPublicKey(key: string): boolean {
  return words(key).some((w) => w === 'PUBLIC' || w === 'PUBLISHABLE');
}

/**
 * True when the key names a credential: `PASSWORD`, `SECRET`, `TOKEN`, `CREDENTIALS` … as whole
 * words or glued to a prefix (`PGPASSWORD`), or `KEY`/`AUTH` as the last word after another (`ODOO_API_KEY`), and neither public by design nor a
 * setting about one (`*_PASSWORD_FILE`, `TOKEN_TTL`, `CACHE_KEY`).
 */
export function isSensitiveKey(key: string): boolean {
  const w = words(key);
  const last = w.at(-1);
  if (last === undefined || isPublicKey(key) || SETTING_SUFFIXES.has(last)) return false;
  if (w.some((x) => CREDENTIAL_WORDS.has(x) || GLUED_CREDENTIAL.test(x))) return true;
  if (w.length >= 2 && w.at(-2) === 'SERVICE' && last === 'ROLE') return true; // Supabase's service role key
  // `KEY` alone is the generic name (`KEY=value` in prose), not a credential: it takes a qualifier.
  return CREDENTIAL_LAST.has(last) && w.length >= 2 && !LOOKUP_KEY_QUALIFIERS.has(w.at(-2)!);
}

/** Words that make a flag a switch, not one taking a credential (`--password-stdin`, `--ask-vault-pass`, `--no-password`, `--with-token`). */
const SWITCH_WORDS = new Set(['STDIN', 'ASK', 'NO', 'PROMPT', 'WITH', 'SHOW', 'INCLUDE', 'SKIP', 'GENERATE', 'USE', 'REQUIRE', 'ALLOW', 'DISABLE', 'ENABLE', 'PRINT', 'RANDOM', 'INTERACTIVE']);

/**
 * True when a long command-line flag (`--password`, `--api-key`, `--client-secret`) takes a
 * credential as its value: a credential key (`isSensitiveKey`) whose last word is the credential
 * word (not `--secret-arn`, `--recv-keys`), and not a switch (`--password-stdin`, `--ask-pass`).
 */
export function isCredentialFlag(flag: string): boolean {
  const w = words(flag);
  const last = w.at(-1);
  if (last === undefined || !isSensitiveKey(flag) || w.some((x) => SWITCH_WORDS.has(x))) return false;
  return CREDENTIAL_WORDS.has(last) || GLUED_CREDENTIAL.test(last) || last === 'KEY' || last === 'AUTH';
}

/**
 * True for a placeholder: empty, `***`, `xxx`, `…`/`...` endings (`eyJ...`), `re_***`,
 * `<your-key>`, `changeme`, `example`.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/^\*+$/.test(v) || /(?:\*{3}|\.{3}|…)$/.test(v)) return true;
  if (/x{3,}/i.test(v) && !/[0-9a-wyz]{6,}x{3,}/i.test(v.replace(/^https?:\/\//, ''))) return true;
  if (/^<[^>]*>$/.test(v)) return true;
  return /^(?:changeme|change-me|placeholder|example|your[-_].*|todo|tbd|none|null)$/i.test(v);
}

/** `${VAR:-default}` / `${VAR-default}`: the default part, which is a value of its own. */
function referenceDefault(v: string): { at: number; value: string } | undefined {
  const m = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-(.*)\}$/.exec(v);
  return m ? { at: v.length - 1 - m[1]!.length, value: m[1]! } : undefined;
}

/**
 * True for a reference to where the secret lives: `${VAR}`, `$VAR`, `${{ secrets.X }}`,
 * `{{ vault_x }}`, a command substitution (`$(cat /run/secrets/db)`, `` `vault read …` ``),
 * `op://…`, `vault:…`, or a file path (`/run/secrets/db`, `./x`, `~/x`): the Docker secrets
 * convention puts the path in `*_FILE`.
 */
export function isReference(value: string): boolean {
  const v = value.trim();
  if (referenceDefault(v)) return false;
  if (/^\$\{[^}]*\}$/.test(v) || /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(v) || /^\$?\{\{.*\}\}$/.test(v)) return true;
  if (/^\$\([^)]*\)$/.test(v) || /^`[^`]*`$/.test(v)) return true;
  if (/^(?:op|vault|secret|awssm|gcpsm):\/{0,2}\S+$/i.test(v)) return true;
  return /^(?:\/|\.\.?\/|~\/)[^\s]*$/.test(v) && !v.startsWith('//');
}

/** A token shape: what it is, the public prefix a mask keeps, the rest, and whether it is ever public. */
interface Shape {
  kind: string;
  prefix: string;
  body: string;
  /** False for shapes that are also public ids (a Supabase anon JWT, a browser Google key): a public key may hold them. */
  secretOnly: boolean;
}

/** Known credential shapes (regular-expression sources): any key holding one holds a secret. */
export const SHAPES: readonly Shape[] = [
  { kind: 'a JWT', prefix: 'eyJ', body: '[\\w-]{8,}\\.[\\w-]{8,}\\.[\\w-]{8,}', secretOnly: false },
  { kind: 'a Stripe secret key', prefix: '(?:sk|rk)_(?:live|test)_', body: '[A-Za-z0-9]{10,}', secretOnly: true },
  { kind: 'a GitHub token', prefix: '(?:gh[pousr]_|github_pat_)', body: '\\w{20,}', secretOnly: true },
  { kind: 'a Slack token', prefix: 'xox[abposr]-', body: '[A-Za-z0-9-]{10,}', secretOnly: true },
  { kind: 'an AWS access key id', prefix: '(?:AKIA|ASIA)', body: '[0-9A-Z]{16}', secretOnly: true },
  { kind: 'a Google API key', prefix: 'AIza', body: '[0-9A-Za-z_-]{30,}', secretOnly: false },
  { kind: 'a Resend API key', prefix: 're_', body: '(?=[A-Za-z_]*\\d)[A-Za-z0-9_]{8,}', secretOnly: true },
  { kind: 'a SendGrid API key', prefix: 'SG\\.', body: '[\\w-]{10,}\\.[\\w-]{10,}', secretOnly: true },
  { kind: 'an OpenAI-style API key', prefix: 'sk-', body: '[A-Za-z0-9_-]{20,}', secretOnly: true },
  { kind: 'a private key', prefix: '-----BEGIN [A-Z ]*PRIVATE KEY-----', body: '.+', secretOnly: true },
];

const RAW = SHAPES.map((s) => new RegExp(`^${s.prefix}${s.body}$`));
const PREFIX = SHAPES.map((s) => new RegExp(`^${s.prefix}`));

/** The shape of a value, raw or masked (`sk_live_••••` is still a Stripe secret key), and its public prefix length. */
function shapeOf(v: string): { shape: Shape; keep: number } | undefined {
  for (const [i, shape] of SHAPES.entries()) {
    const prefix = PREFIX[i]!.exec(v)?.[0];
    if (prefix === undefined) continue;
    if (RAW[i]!.test(v) || MASKED_TAIL.test(v.slice(prefix.length))) return { shape, keep: prefix.length };
  }
  return undefined;
}

/** Publishable by design whatever the key: Stripe `pk_live_…`/`pk_test_…`. */
const isPublicId = (v: string) => /^pk_(?:live|test)_\w+$/.test(v);

/** `scheme://user:password@host`: where the password is in the URL and what it says. */
export function urlPassword(v: string): { at: number; value: string } | undefined {
  const m = /^([a-z][a-z0-9+.-]*:(?:[a-z][a-z0-9+.-]*:)?\/\/[^/\s:@]*:)([^/\s@]+)@/i.exec(v);
  return m ? { at: m[1]!.length, value: m[2]! } : undefined;
}

/** True when a URL's password is not one: a placeholder or a reference (`postgres://app:${DB_PASSWORD}@db/app`). */
const isStandIn = (v: string) => isPlaceholder(v) || isReference(v);

/**
 * An env-file value (trimmed) and its inline comment (`at`: where its `#` is), as Compose's env-file format reads them: after a quoted value, or
 * after white space in an unquoted one, `#` starts a comment (https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file-syntax).
 */
export function splitEnvComment(raw: string): { value: string; note?: string; at?: number } {
  const quoted = /^(['"])(?:\\.|(?!\1).)*\1/.exec(raw);
  let hash = -1;
  if (quoted) {
    const after = /^\s*#/.exec(raw.slice(quoted[0].length));
    if (after) hash = quoted[0].length + after[0].length - 1;
  } else {
    const m = /\s#/.exec(raw);
    if (m) hash = m.index + 1;
  }
  if (hash < 0) return { value: raw };
  return { value: raw.slice(0, hash).trimEnd(), note: raw.slice(hash + 1).trim(), at: hash };
}

/** Strips one pair of matching quotes. */
export function unquote(value: string): string {
  return value.trim().replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * What a value looks like when it is a literal secret (`a JWT`, `a URL with a password`,
 * `a literal credential`), or undefined when it is a placeholder, a reference or configuration.
 * The decision table is documented in docs/rules.md (`secrets/literal-value`).
 */
export function literalKind(key: string, value: string): string | undefined {
  const v = unquote(value);
  const fallback = referenceDefault(v);
  if (fallback) return literalKind(key, fallback.value);
  if (isStandIn(v) || isPublicId(v)) return undefined;
  const found = shapeOf(v);
  if (found && (found.shape.secretOnly || !isPublicKey(key))) return found.shape.kind;
  const password = urlPassword(v);
  if (password && !isStandIn(password.value)) return 'a URL with a password';
  // A switch is not a credential, even under `REDIS_AUTH`.
  return isSensitiveKey(key) && !/^(?:true|false|yes|no|on|off|enabled|disabled)$/i.test(v) ? 'a literal credential' : undefined;
}

/**
 * The character ranges (start, end offsets in `value` as written, quotes included) that redaction
 * overwrites: a known shape after its public prefix, a URL's password, or the whole literal of a
 * credential key. Empty when the value is kept. `literalKind` of the masked value equals that of
 * the value.
 */
export function secretRanges(key: string, value: string): [number, number][] {
  const lead = value.length - value.trimStart().length;
  const trimmed = value.trim();
  const quoted = /^(['"]).*\1$/.test(trimmed) ? 1 : 0;
  const v = unquote(value);
  const base = lead + quoted;
  const fallback = referenceDefault(v);
  if (fallback) return secretRanges(key, fallback.value).map(([a, b]) => [base + fallback.at + a, base + fallback.at + b]);
  const kind = literalKind(key, v);
  if (kind === undefined) return [];
  const found = shapeOf(v);
  if (found && kind === found.shape.kind) return [[base + found.keep, base + v.length]];
  const password = urlPassword(v);
  if (password && kind === 'a URL with a password') return [[base + password.at, base + password.at + password.value.length]];
  return [[base, base + v.length]];
}

/** The value with its secret ranges overwritten by `MASK` (same length). */
export function maskValue(key: string, value: string): string {
  let out = value;
  for (const [a, b] of secretRanges(key, value)) out = out.slice(0, a) + MASK.repeat(b - a) + out.slice(b);
  return out;
}

/** A masked literal as a placeholder of its shape: each masked run becomes `***` (`sk_live_***`, `postgres://app:***@db/app`). */
export function placeholderOf(masked: string): string {
  return masked.includes(MASK) ? masked.replace(/•+/g, '***') : '***';
}
