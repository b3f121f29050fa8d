/**
 * What counts as a secret, a placeholder, and a real-looking value. Used at extraction so that no
 * secret value ever enters the model (a literal is replaced by `***` and flagged), and by the
 * `secrets/literal-value` rule through that flag.
 */

/** Keys that name credentials. */
const SENSITIVE = /(?:^|_)(?:KEY|KEYS|TOKEN|TOKENS|SECRET|SECRETS|PASSWORD|PASSWD|PASS|PWD|ROLE|CREDENTIALS?|PRIVATE|AUTH|DSN|SALT|CERT|SIGNATURE|COOKIE|SESSION)(?:_|$)|API_?KEY|SECRET|PASSWORD|TOKEN/i;

/** True when the key names a credential (`ODOO_API_KEY`, `SUPABASE_SERVICE_ROLE`, `DB_PASSWORD`). */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE.test(key);
}

/**
 * True for a placeholder: empty, `***`, `xxx`, `…`/`...` endings (`eyJ...`), `re_***`,
 * `<your-key>`, `${VAR}`, `changeme`, `example`.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/^\*+$/.test(v) || /(?:\*{3}|\.{3}|…)$/.test(v)) return true;
  if (/x{3,}/i.test(v) && !/[0-9a-wyz]{6,}x{3,}/i.test(v.replace(/^https?:\/\//, ''))) return true;
  if (/^<[^>]*>$/.test(v) || /^\$\{[^}]*\}$/.test(v) || /^\$[A-Z_][A-Z0-9_]*$/.test(v)) return true;
  return /^(?:changeme|change-me|placeholder|example|your[-_].*|todo|tbd|none|null)$/i.test(v);
}

const KNOWN: [RegExp, string][] = [
  [/^eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}$/, 'a JWT'],
  [/^(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}$/, 'a Stripe secret key'],
  [/^gh[pousr]_[A-Za-z0-9]{20,}$|^github_pat_\w{20,}$/, 'a GitHub token'],
  [/^xox[abposr]-[A-Za-z0-9-]{10,}$/, 'a Slack token'],
  [/^AKIA[0-9A-Z]{16}$/, 'an AWS access key id'],
  [/^AIza[0-9A-Za-z_-]{30,}$/, 'a Google API key'],
  [/^re_[A-Za-z0-9_]{8,}$/, 'a Resend API key'],
  [/^SG\.[\w-]{10,}\.[\w-]{10,}$/, 'a SendGrid API key'],
  [/^sk-[A-Za-z0-9_-]{20,}$/, 'an OpenAI-style API key'],
  [/^-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
];

/** `scheme://user:password@host`: the password part, when the URL has one. */
function urlPassword(v: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^/\s@]+)@/i.exec(v)?.[1];
}

/** Identifiers that look random but are not secrets when the key does not name a credential: hex digests, UUIDs. */
function isPublicId(v: string): boolean {
  return /^[0-9a-f]{7,64}$/i.test(v) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
}

/** Shannon entropy of a string, in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * What a value looks like when it is a real secret (`a JWT`, `a high-entropy string`), or undefined.
 * A known token shape counts for any key; a sensitive key's plain literal counts too.
 */
export function literalKind(key: string, value: string): string | undefined {
  const v = value.trim().replace(/^(['"])(.*)\1$/, '$2');
  if (isPlaceholder(v)) return undefined;
  for (const [re, what] of KNOWN) if (re.test(v)) return what;
  const password = urlPassword(v);
  if (password !== undefined) return isPlaceholder(password) ? undefined : 'a URL with a password';
  if (!isSensitiveKey(key) && isPublicId(v)) return undefined;
  const highEntropy = v.length >= 20 && !/\s/.test(v) && entropy(v) >= 3.5 && /\d/.test(v) && /[A-Za-z]/.test(v) && !/^https?:\/\//.test(v);
  if (highEntropy) return 'a high-entropy string';
  if (isSensitiveKey(key) && v.length >= 6 && !/^(?:true|false|\d+)$/i.test(v) && !/^https?:\/\/[^@]*$/.test(v)) return 'a literal credential';
  return undefined;
}
