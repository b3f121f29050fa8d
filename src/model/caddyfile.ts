/**
 * Caddyfile knowledge shared by the parser, the rules and the Caddyfile generator: site addresses,
 * upstream addresses, the walk over a site's directives (snippet `import`s expanded as Caddy
 * expands them), the directives that restrict access, and the serializer (tab-indented, as
 * `caddy fmt` writes it).
 *
 * Caddy's grammar: https://caddyserver.com/docs/caddyfile/concepts (tokens, blocks, snippets,
 * `import` arguments `{args[N]}`, heredocs), https://caddyserver.com/docs/caddyfile/directives
 * (which directives hold directives: `handle`, `handle_path`, `route`, `handle_errors`) and
 * https://caddyserver.com/docs/caddyfile/directives/reverse_proxy#upstream-addresses.
 */
import { atPositions, positionsBy } from './positions.js';
import type { CaddySegment, CaddySnippet, CaddyToken, Pos, Upstream } from './schema.js';

/** `scheme://host:port/path` of a site address; `host` is `''` for a catch-all (`:80`, `http://`). */
export interface AddressParts {
  scheme?: string;
  host: string;
  port?: number;
}

/** Splits a site address (`https://api.x.cl:8443`, `:80`, `*.x.cl`, `http://`) into its parts. */
export function addressParts(address: string): AddressParts {
  const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\[[^\]]*\]|[^:/]*)(?::(\d+))?(?:\/.*)?$/i.exec(address);
  if (!m) return { host: address.toLowerCase() };
  const host = m[2]!.toLowerCase();
  return { host: host === '*' ? '' : host, ...(m[1] ? { scheme: m[1].toLowerCase() } : {}), ...(m[3] ? { port: Number(m[3]) } : {}) };
}

/** The hosts a site serves by name (its addresses' hosts, lower-cased; catch-alls such as `:80` name none). */
export function siteHosts(site: { addresses: readonly string[] }): string[] {
  return site.addresses.map((a) => addressParts(a).host).filter((h) => h !== '');
}

/** The domain a one-label wildcard over `host` names (`api.x.cl` → `x.cl`); undefined for a one-label host. */
function parentDomain(host: string): string | undefined {
  const dot = host.indexOf('.');
  return dot < 0 ? undefined : host.slice(dot + 1);
}

/** True when a site host (`*.x.cl` allowed, one label as Caddy matches it) serves `host`. */
export function coversHost(siteHost: string, host: string): boolean {
  const h = host.toLowerCase();
  if (siteHost === h) return true;
  return siteHost.startsWith('*.') && parentDomain(h) === siteHost.slice(2);
}

/**
 * `coversHost` from the site's side over many hosts: for a site's hosts, the entries whose host one
 * of them serves, in entry order. Looked up by name, so n sites over n hosts cost n, not n².
 */
export function hostsCoveredBy<T>(entries: readonly T[], hostOf: (e: T) => string): (...siteHosts: string[]) => T[] {
  const exact = positionsBy(entries, (e) => [hostOf(e).toLowerCase()]);
  const byParent = positionsBy(entries, (e) => {
    const parent = parentDomain(hostOf(e).toLowerCase());
    return parent === undefined ? [] : [parent];
  });
  return (...siteHosts) => atPositions(entries, ...siteHosts.flatMap((h) => [exact.get(h), h.startsWith('*.') ? byParent.get(h.slice(2)) : undefined]));
}

/** `coversHost` from the host's side: the sites (each with its site hosts, lower-cased) serving a host, in site order. */
export function sitesCovering<T>(sites: readonly T[], siteHostsOf: (s: T) => string[]): (host: string) => T[] {
  const index = positionsBy(sites, siteHostsOf);
  return (host) => {
    const h = host.toLowerCase();
    const parent = parentDomain(h);
    return atPositions(sites, index.get(h), parent === undefined ? undefined : index.get(`*.${parent}`));
  };
}

/**
 * Reads an upstream address as `reverse_proxy` does: `host:port`, `scheme://host[:port]`
 * (`http`, `https`, `h2c`), `:port` (this host), a placeholder; undefined when it is none of them.
 */
export function parseUpstream(raw: string, pos: Pos | undefined, directive?: string): Upstream | undefined {
  const extra = { pos, ...(directive && directive !== 'reverse_proxy' ? { directive } : {}) };
  if (raw.includes('{')) return { raw, host: raw, ...extra };
  const m = /^(?:(https?|h2c):\/\/)?([A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\])?(?::(\d{1,5}))?$/.exec(raw);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  return { raw, host: m[2] ?? 'localhost', ...(m[1] ? { scheme: m[1] } : {}), ...(m[3] ? { port: Number(m[3]) } : {}), ...extra };
}

/** The address Caddy dials for an upstream (`https://x` → `x:443`, `http://x` → `x:80`, `:8080`). */
export function upstreamDial(raw: string): string {
  const m = /^(?:(https?|h2c):\/\/)?([^:/]*)(?::(\d+))?$/.exec(raw);
  if (!m) return raw;
  const port = m[3] ?? (m[1] === 'https' ? '443' : m[1] === 'http' || m[1] === 'h2c' || m[2] ? '80' : '');
  return `${m[2] ?? ''}:${port}`;
}

/** True for a matcher token in a directive's first argument (`/path*`, `@name`, `*`). */
export function isMatcherToken(t: CaddyToken | undefined): boolean {
  return t !== undefined && t.quote === undefined && (t.text.startsWith('/') || t.text.startsWith('@') || t.text === '*');
}

/** Directives whose block holds directives (a route of its own). */
export const ROUTE_DIRECTIVES = new Set(['handle', 'handle_path', 'route', 'handle_errors']);
/** Directives that proxy to upstreams; their arguments after a matcher are upstream addresses. */
export const UPSTREAM_DIRECTIVES = new Set(['reverse_proxy', 'php_fastcgi', 'forward_auth']);

/** A directive met by `walkDirectives`, its tokens with `import` arguments substituted. */
export interface WalkedDirective {
  segment: CaddySegment;
  /** The segment's tokens after `{args[N]}` substitution; a token taken whole from an import argument is that argument's token. */
  tokens: CaddyToken[];
  /** Substitutes the import arguments in a token list of this segment's block. */
  subst(tokens: CaddyToken[]): CaddyToken[];
  /** The snippet this directive was imported from, if any. */
  snippet?: string;
}

const ARG = /\{args(?:\.(\d+)|\[(\d+)\])\}/g;
const VARIADIC = /^\{args\[(\d*):(\d*)\]\}$/;

/** `{args.N}`, `{args[N]}` and `{args[a:b]}` replaced by an import's arguments, as Caddy does. */
export function substituteArgs(tokens: CaddyToken[], args: CaddyToken[]): CaddyToken[] {
  if (args.length === 0) return tokens;
  const out: CaddyToken[] = [];
  for (const t of tokens) {
    const v = VARIADIC.exec(t.text);
    if (v) {
      out.push(...args.slice(v[1] ? Number(v[1]) : 0, v[2] ? Number(v[2]) : args.length));
      continue;
    }
    const whole = /^\{args(?:\.(\d+)|\[(\d+)\])\}$/.exec(t.text);
    if (whole) {
      const arg = args[Number(whole[1] ?? whole[2])];
      if (arg) {
        out.push(arg);
        continue;
      }
    }
    out.push(ARG.test(t.text) ? { ...t, text: t.text.replace(ARG, (all, a?: string, b?: string) => args[Number(a ?? b)]?.text ?? all) } : t);
    ARG.lastIndex = 0;
  }
  return out;
}

/**
 * Visits every directive of a block in order, entering `handle`/`handle_path`/`route`/
 * `handle_errors` blocks and `reverse_proxy`'s `handle_response` routes, and expanding
 * `import snippet args…` (an import cycle is not followed twice).
 */
export function walkDirectives(
  block: CaddySegment[],
  snippets: ReadonlyMap<string, CaddySnippet>,
  visit: (d: WalkedDirective) => void,
  args: CaddyToken[] = [],
  seen: string[] = [],
  snippet?: string,
): void {
  const subst = (tokens: CaddyToken[]): CaddyToken[] => substituteArgs(tokens, args);
  for (const segment of block) {
    if (segment.tokens.length === 0) continue;
    const tokens = subst(segment.tokens);
    const name = tokens[0]?.text;
    if (name === undefined) continue;
    const target = tokens[1]?.text;
    if (name === 'import' && tokens[0]!.quote === undefined && target !== undefined && snippets.has(target)) {
      if (!seen.includes(target)) walkDirectives(snippets.get(target)!.block, snippets, visit, tokens.slice(2), [...seen, target], target);
      continue;
    }
    visit({ segment, tokens, subst, ...(snippet ? { snippet } : {}) });
    if (!segment.block) continue;
    if (ROUTE_DIRECTIVES.has(name)) walkDirectives(segment.block, snippets, visit, args, seen, snippet);
    else if (name === 'reverse_proxy') {
      for (const sub of segment.block) {
        if (sub.tokens[0]?.text === 'handle_response' && sub.block) walkDirectives(sub.block, snippets, visit, args, seen, snippet);
      }
    }
  }
}

/** The upstream tokens of an upstream directive: its arguments after a matcher, and `to` lines. */
export function upstreamTokens(d: WalkedDirective): CaddyToken[] {
  const args = d.tokens.slice(1);
  const own = isMatcherToken(args[0]) ? args.slice(1) : args;
  const to = d.tokens[0]!.text === 'reverse_proxy' ? (d.segment.block ?? []).filter((s) => s.tokens[0]?.text === 'to').flatMap((s) => d.subst(s.tokens).slice(1)) : [];
  return [...own, ...to];
}

/** Snippets by name. */
export function snippetMap(snippets: readonly CaddySnippet[] | undefined): Map<string, CaddySnippet> {
  return new Map((snippets ?? []).filter((s) => !s.route).map((s) => [s.name, s]));
}

/** A directive that can refuse a request, with the line it is written at. */
export interface Restriction {
  /** The directive as written (`respond @outside 403`). */
  text: string;
  pos: Pos | undefined;
}

const REFUSING = /^[45]\d\d$/;

/**
 * The directives of a block that restrict access: `basic_auth`/`basicauth`, `forward_auth`,
 * `abort`, `error`, `respond` with a 4xx/5xx status, `tls { client_auth … }`, and any of these
 * inside `handle`/`route` blocks or imported snippets.
 */
export function restrictions(block: CaddySegment[], snippets: ReadonlyMap<string, CaddySnippet>): Restriction[] {
  const found: Restriction[] = [];
  walkDirectives(block, snippets, ({ segment, tokens }) => {
    const name = tokens[0]!.text;
    const refuses =
      name === 'basic_auth' ||
      name === 'basicauth' ||
      name === 'forward_auth' ||
      name === 'abort' ||
      name === 'error' ||
      (name === 'respond' && tokens.slice(1).some((t) => t.quote === undefined && REFUSING.test(t.text))) ||
      (name === 'tls' && (segment.block ?? []).some((s) => s.tokens[0]?.text === 'client_auth'));
    if (refuses) found.push({ text: tokens.map(tokenSource).join(' '), pos: segment.pos });
  });
  return found;
}

/** A token as Caddyfile text: quoted again when it was (heredocs are written by `formatBlock`). */
export function tokenSource(t: CaddyToken): string {
  const quoted = `"${t.text.replace(/"/g, '\\"')}"`;
  if (t.quote === '"') return quoted;
  if (t.quote === '`') return t.text.includes('`') ? quoted : `\`${t.text}\``;
  // An unquoted token never holds what would end or open something: a model made elsewhere is quoted.
  if (t.text === '' || /[\s"`]/.test(t.text) || t.text === '{' || t.text === '}' || t.text.startsWith('#') || t.text.startsWith('<<')) return quoted;
  return t.text;
}

function heredocMarker(text: string): string {
  let marker = 'EOF';
  for (let i = 1; text.split('\n').some((l) => l.trim() === marker); i++) marker = `EOF${i}`;
  return marker;
}

/** One segment's line(s) at `depth` tabs; a heredoc token continues on the following lines. */
function formatTokens(tokens: CaddyToken[], indent: string): string[] {
  const lines: string[] = [];
  let current = indent;
  let first = true;
  for (const t of tokens) {
    const sep = first ? '' : ' ';
    first = false;
    if (t.quote === '<') {
      const marker = heredocMarker(t.text);
      lines.push(`${current}${sep}<<${marker}`);
      for (const l of t.text.split('\n')) lines.push(l === '' ? '' : `${indent}${l}`);
      current = `${indent}${marker}`;
      continue;
    }
    current += sep + tokenSource(t);
  }
  lines.push(current);
  return lines;
}

/** A block's segments as Caddyfile lines, tab-indented from `depth`, as `caddy fmt` writes them. */
export function formatBlock(block: CaddySegment[], depth = 0): string[] {
  const indent = '\t'.repeat(depth);
  const lines: string[] = [];
  block.forEach((s, i) => {
    if (s.blank && i > 0) lines.push('');
    const comment = s.comment ? `#${s.comment.replace(/[\r\n]+/g, ' ')}` : '';
    if (s.tokens.length === 0) {
      lines.push(`${indent}${comment}`);
      return;
    }
    const own = formatTokens(s.tokens, indent);
    if (s.block) own[own.length - 1] += ' {';
    if (comment) own[own.length - 1] += ` ${comment}`;
    lines.push(...own);
    if (s.block) lines.push(...formatBlock(s.block, depth + 1), `${indent}}`);
  });
  return lines;
}
