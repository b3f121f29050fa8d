/**
 * Redaction where specs are loaded: every secret value in a spec's text is overwritten with `•`
 * (same length, so every line and column stays where it was) before the text is parsed. The model,
 * the sources handed to reporters, the parse cache, and so every output, message and tool result
 * downstream only ever see the masked text.
 *
 * What is masked, anywhere in the text (a secrets block, a deployment command, prose, a routing
 * note, a Caddyfile line): the value of a `KEY=value` / `--flag=value` / `KEY: value` assignment
 * that `literalKind` calls a literal secret (a credential key's literal, a known token shape, a URL
 * with a password); a URL's password; a known token shape (JWT, `sk_live_…`, `AKIA…` …); the body
 * of a PEM private key; command-line credentials written without `=`: a credential flag's value
 * (`--password VALUE`, `--api-key VALUE`), a registry login's or a MySQL client's `-p` password
 * (`docker login -p VALUE`, `mysql -pVALUE`), curl's/wget's `-u user:password` password, and an
 * `Authorization: Bearer|Basic|Token VALUE` header's credential. Masking is idempotent: masked text
 * masks to itself.
 */
import { isCredentialFlag, isPublicKey, MASK, SHAPES, secretRanges, splitEnvComment, unquote, urlPassword } from '../model/secret-values.js';

type Range = [number, number];

/** A whole line `KEY=value` (as the Secrets Management extractor reads it): the value is the rest of the line. */
const LINE_ASSIGNMENT = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
/** `KEY=value`, `--flag=value`, `?token=value` inside a line: the value ends at a space, quote or separator. */
const INLINE_ASSIGNMENT = /(?<![\w$./-])(--?[A-Za-z][\w-]*|[A-Za-z_]\w*)=("[^"\n]*"|'[^'\n]*'|[^\s"'`;&|,)\]}<>]+)/g;
/** `UPPER_KEY: value` (YAML environment maps in compose snippets). */
const COLON_ASSIGNMENT = /(?<![\w-])([A-Z][A-Z0-9_]*[A-Z0-9]):[ \t]+("[^"\n]*"|'[^'\n]*'|[^\s"'`,}\]]+)/g;
/** A URL with userinfo; `urlPassword` says where its password is. */
const URL_WITH_USERINFO = /[a-z][a-z0-9+.-]*:(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s/:@'"`<>()]*:[^\s/@'"`<>()]+@/gi;
/** Known token shapes anywhere, as whole tokens. */
const TOKENS = SHAPES.filter((s) => s.kind !== 'a private key').map((s) => ({ prefix: new RegExp(`^${s.prefix}`), re: new RegExp(`(?<![\\w-])${s.prefix}${s.body}(?![\\w-])`, 'g') }));
/** Cheap tests that let most lines skip the scans that cannot match them. */
const TOKEN_HINT = new RegExp(SHAPES.map((s) => s.prefix).join('|'));
const COLON_HINT = /[A-Z0-9]:[ \t]/;
/**
 * An argument as a shell command holds it: quoted, or a run of characters that may hold `${…}` and
 * `$(…)` whole (so `$(cat /run/secrets/db)` stays one reference); it ends where a command, a table
 * cell or inline code ends.
 */
const ARG = String.raw`"[^"\n]*"|'[^'\n]*'|(?:\$\{[^}\s]*\}|\$\([^)\n]*\)|[^\s"'\`;&|,)\]}<>])+`;
/** `--flag VALUE` (a space, not `=`): masked when the flag takes a credential (`isCredentialFlag`); a value starting with `-` is the next flag. */
const LONG_FLAG_SPACE = new RegExp(String.raw`(?<![\w-])--([A-Za-z][\w-]*)[ \t]+(?!-)(${ARG})`, 'g');
/** A value that is itself `key=value,…` (`docker build --secret id=npmrc,src=…`): a secret's spec, not the secret; its parts are judged as assignments. */
const SPEC_VALUE = /^[A-Za-z_][\w.-]*=(?!=|$)/;
/** `Authorization: Bearer X` (also `Proxy-Authorization`, `Basic`, `Token`, and `Authorization "Bearer X"` as a proxy's header line writes it). */
const AUTH_HEADER = new RegExp(String.raw`\b(?:Proxy-)?Authorization(?:[ \t]*:[ \t]*|["']?[ \t]*=[ \t]*["']?|["']?[ \t]+["'])(?:Bearer|Basic|Token)[ \t]+(${ARG})`, 'gi');
/**
 * Commands whose short flags carry a password: registry logins (`-p`), MySQL's clients (`-pVALUE`,
 * glued: `-p db` prompts and names a database), `sshpass -p`, `mongosh -p`, `redis-cli -a` and
 * curl/wget (`-u user:password`). Elsewhere `-p`
 * is a port or a parent (`docker run -p 8080:80`, `ssh -p 22`, `mkdir -p`) and is never read.
 */
const COMMAND = /(?<![\w.:-])(docker|podman|nerdctl|buildah|skopeo|helm|mysqldump|mysqladmin|mysql|mariadb-dump|mariadb-admin|mariadb|curl|wget|sshpass|mongosh|mongo|redis-cli)(?![\w.:\/-])/g;
const LOGIN = /^\S+(?:\s+-{1,2}[\w-]+(?:[= ]\S+)?)*?\s+(?:registry\s+)?login(?!\S)/;
type Command = 'login' | 'mysql' | 'curl' | 'redis';
const SHORT_PASSWORD: Record<Command, RegExp> = {
  login: new RegExp(String.raw`(?<!\S)-p(?:[ \t]+|=)?(?!-)(${ARG})`, 'g'),
  mysql: new RegExp(String.raw`(?<!\S)-p(?![-\s])(${ARG})`, 'g'),
  curl: new RegExp(String.raw`(?<!\S)(?:-[uU](?:[ \t]+|=)?|--(?:proxy-)?user(?:[ \t]+|=))(?!-)(${ARG})`, 'g'),
  redis: new RegExp(String.raw`(?<!\S)-a[ \t]+(?!-)(${ARG})`, 'g'),
};
const COMMAND_HINT = /-[puUa]|--(?:proxy-)?user/;
const AUTH_HINT = /authorization/i;
/** A shell line continued on the next (`\` at its end). */
const CONTINUED = /\\\s*$/;
const PEM_BEGIN = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
const PEM_END = /-----END [A-Z ]*PRIVATE KEY-----/;

const overlaps = (r: Range, list: Range[]) => list.some(([a, b]) => r[0] < b && a < r[1]);

/** Where each password-carrying command of a line runs (to the next `;`, `&`, `|` or backtick), and what continues on the next line (after a trailing `\`). */
function commands(line: string, carry?: Command): { segments: { start: number; end: number; kind: Command }[]; carry?: Command | undefined } {
  const segments: { start: number; end: number; kind: Command }[] = [];
  const endFrom = (at: number) => {
    const sep = /[;&|`]/.exec(line.slice(at));
    return sep ? at + sep.index : line.length;
  };
  if (carry) segments.push({ start: 0, end: endFrom(0), kind: carry });
  const continued = CONTINUED.test(line);
  if (continued || COMMAND_HINT.test(line)) for (const m of line.matchAll(COMMAND)) {
    const end = endFrom(m.index);
    const name = m[1]!;
    const kind: Command | undefined = /^(?:curl|wget)$/.test(name)
      ? 'curl'
      : /^(?:mysql|maria)/.test(name)
        ? 'mysql'
        : name === 'redis-cli'
          ? 'redis'
          : /^(?:sshpass|mongosh|mongo)$/.test(name) || LOGIN.test(line.slice(m.index, end))
            ? 'login'
            : undefined;
    if (kind) segments.push({ start: m.index, end, kind });
  }
  const last = segments.at(-1);
  return { segments, carry: last && last.end === line.length && continued ? last.kind : undefined };
}

/** Ranges of a command's short-flag password: `-p VALUE`/`-pVALUE` of a login, `-pVALUE` of MySQL, the password of curl's `-u user:password`. */
function shortFlagRanges(line: string, segment: { start: number; end: number; kind: Command }): Range[] {
  const masks: Range[] = [];
  const text = line.slice(segment.start, segment.end);
  for (const m of text.matchAll(SHORT_PASSWORD[segment.kind])) {
    let value = m[1]!;
    let at = segment.start + m.index + m[0].length - value.length;
    if (segment.kind === 'curl') {
      const quoted = unquote(value) !== value.trim() ? 1 : 0;
      const colon = unquote(value).indexOf(':');
      if (colon < 0) continue;
      at += quoted + colon + 1;
      value = unquote(value).slice(colon + 1);
    }
    masks.push(...secretRanges('PASSWORD', value).map(([a, b]): Range => [at + a, at + b]));
  }
  return masks;
}

/**
 * The ranges of one line to mask, and the command a trailing `\` continues onto the next line.
 * `decided` are values an assignment already judged (a public key's id stays). `carry`: the command
 * the previous line continued.
 */
function lineRanges(line: string, carry?: Command): { ranges: Range[]; carry: Command | undefined } {
  const masks: Range[] = [];
  const decided: Range[] = [];
  const judge = (key: string, value: string, at: number) => {
    const ranges = secretRanges(key, value).map(([a, b]): Range => [at + a, at + b]);
    masks.push(...ranges);
    if (ranges.length > 0 || isPublicKey(key)) decided.push([at, at + value.length]);
  };
  const whole = line.includes('=') ? LINE_ASSIGNMENT.exec(line) : null;
  if (whole) {
    // The value ends where an inline comment starts (`KEY=*** # from Vault`); the comment is prose, read as any line is.
    const start = whole[1]!.length + whole[2]!.length + 1;
    const lead = whole[3]!.length - whole[3]!.trimStart().length;
    const { value, at } = splitEnvComment(whole[3]!.trim());
    if (at === undefined) judge(whole[2]!, whole[3]!, start);
    else {
      judge(whole[2]!, value, start + lead);
      const comment = start + lead + at;
      masks.push(...lineRanges(line.slice(comment)).ranges.map(([a, b]): Range => [comment + a, comment + b]));
    }
  } else {
    if (line.includes('=')) for (const m of line.matchAll(INLINE_ASSIGNMENT)) judge(m[1]!, m[2]!, m.index + m[0].length - m[2]!.length);
    if (COLON_HINT.test(line)) for (const m of line.matchAll(COLON_ASSIGNMENT)) if (!overlaps([m.index, m.index + m[0].length], decided)) judge(m[1]!, m[2]!, m.index + m[0].length - m[2]!.length);
  }
  if (line.includes('@') && line.includes('//')) for (const m of line.matchAll(URL_WITH_USERINFO)) {
    const password = urlPassword(m[0]);
    const r: Range | undefined = password && [m.index + password.at, m.index + password.at + password.value.length];
    if (r && !overlaps(r, decided) && secretRanges('URL', m[0]).length > 0) masks.push(r);
  }
  if (TOKEN_HINT.test(line)) for (const { prefix, re } of TOKENS) {
    for (const m of line.matchAll(re)) {
      const r: Range = [m.index, m.index + m[0].length];
      if (!overlaps(r, decided)) masks.push([m.index + prefix.exec(m[0])![0].length, r[1]]);
    }
  }
  const { segments, carry: next } = commands(line, carry);
  for (const segment of segments) masks.push(...shortFlagRanges(line, segment));
  if (line.includes('--')) for (const m of line.matchAll(LONG_FLAG_SPACE)) {
    // MySQL's clients take `--password` only as `--password=VALUE`: `--password db` prompts and names a database.
    if (!isCredentialFlag(m[1]!) || SPEC_VALUE.test(unquote(m[2]!)) || segments.some((s) => s.kind === 'mysql' && s.start <= m.index && m.index < s.end)) continue;
    const at = m.index + m[0].length - m[2]!.length;
    masks.push(...secretRanges(m[1]!, m[2]!).map(([a, b]): Range => [at + a, at + b]));
  }
  if (AUTH_HINT.test(line)) for (const m of line.matchAll(AUTH_HEADER)) {
    const at = m.index + m[0].length - m[1]!.length;
    masks.push(...secretRanges('TOKEN', m[1]!).map(([a, b]): Range => [at + a, at + b]));
  }
  const pem = line.includes('-----BEGIN') ? PEM_BEGIN.exec(line) : null;
  if (pem && pem.index + pem[0].length < line.length) masks.push([pem.index + pem[0].length, line.length]);
  return { ranges: masks, carry: next };
}

/** Overwrites `ranges` of `line` with the mask, one per UTF-16 unit (as columns count). */
function apply(line: string, ranges: Range[]): string {
  if (ranges.length === 0) return line;
  const chars = line.split('');
  for (const [a, b] of ranges) for (let i = a; i < b && i < chars.length; i++) chars[i] = MASK;
  return chars.join('');
}

/** The text with every secret value masked (same length, same lines). */
export function redactText(text: string): string {
  const lines = text.split('\n');
  let inPem = false;
  let carry: Command | undefined;
  for (const [i, raw] of lines.entries()) {
    const cr = raw.endsWith('\r') ? 1 : 0;
    const line = raw.slice(0, raw.length - cr);
    if (inPem) {
      if (PEM_END.test(line)) inPem = false;
      else {
        // The body of a private key: every non-blank character, whatever the indentation or Markdown around it.
        const lead = /^[\s>|]*/.exec(line)![0].length;
        lines[i] = apply(line, [[lead, line.trimEnd().length]]) + (cr ? '\r' : '');
        continue;
      }
    } else if (PEM_BEGIN.test(line) && !PEM_END.test(line)) inPem = true;
    const found = lineRanges(line, carry);
    const masked = apply(line, found.ranges);
    carry = found.carry;
    if (masked !== line) lines[i] = masked + (cr ? '\r' : '');
  }
  return lines.join('\n');
}

/** Every file's text masked. */
export function redactFiles<T extends { text: string }>(files: T[]): T[] {
  return files.map((f) => ({ ...f, text: redactText(f.text) }));
}
