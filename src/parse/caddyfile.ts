/**
 * The Caddyfile block of the spec, read as Caddy reads it: the lexer follows Caddy's
 * (caddyconfig/caddyfile/lexer.go: whitespace-separated tokens, `"…"` with `\"`, `` `…` `` raw,
 * `<<MARKER` heredocs, `#` comments at the start of a token, `\` line continuations), and the
 * parser its server blocks (parse.go): the global options block `{ … }` first, snippets
 * `(name) { … }`, sites with one or several addresses (`a, b {` or `a b {`), one segment per
 * directive line with nested blocks. Upstreams are read from `reverse_proxy` (arguments and `to`),
 * `php_fastcgi` and `forward_auth`, wherever Caddy would find them: inside `handle`/`route` blocks
 * and imported snippets too (`{args[N]}` substituted). Every token keeps its position.
 * The differential test (test/parse/caddyfile-adapt.test.ts) compares this with `caddy adapt`.
 */
import { parseUpstream, snippetMap, upstreamTokens, walkDirectives } from '../model/caddyfile.js';
import type { CaddySegment, CaddySite, CaddySnippet, CaddyToken, Pos } from '../model/schema.js';

export { parseUpstream } from '../model/caddyfile.js';

/** Position of a line in the code (0-based line, 0-based columns). */
export type LinePos = (line: number, from: number, to: number) => Pos | undefined;

/** A lexed token: Caddy's logical line (continuations joined) and where it is written. */
interface Lexed {
  text: string;
  quote?: '"' | '`' | '<';
  /** Caddy's `Token.Line`: lines joined by `\` count as one. */
  line: number;
  /** Line breaks inside the token (Caddy's `NumLineBreaks`). */
  breaks: number;
  row: number;
  col: number;
  endCol: number;
}

interface Comment {
  text: string;
  row: number;
  col: number;
}

interface LexResult {
  tokens: Lexed[];
  comments: Comment[];
  errors: { line: number; message: string }[];
}

/** Caddy's lexer, with positions (rows and columns 0-based). */
function lex(code: string): LexResult {
  const tokens: Lexed[] = [];
  const comments: Comment[] = [];
  const errors: LexResult['errors'] = [];
  const src = code.startsWith('\uFEFF') ? code.slice(1) : code;
  let i = 0;
  let row = 0;
  let col = 0;
  let line = 1;
  let skipped = 0;
  const advance = (ch: string): void => {
    i++;
    if (ch === '\n') {
      row++;
      col = 0;
    } else col++;
  };
  while (i < src.length) {
    let ch = src[i]!;
    if (ch === '\\' && src[i + 1] === '\n') {
      advance(ch);
      advance('\n');
      skipped++;
      continue;
    }
    if (ch === '\\' && src[i + 1] === '\r' && src[i + 2] === '\n') {
      advance(ch);
      advance('\r');
      advance('\n');
      skipped++;
      continue;
    }
    if (/\s/.test(ch)) {
      if (ch === '\n') {
        line += 1 + skipped;
        skipped = 0;
      }
      advance(ch);
      continue;
    }
    if (ch === '#') {
      const start = { row, col };
      let text = '';
      advance(ch);
      while (i < src.length && src[i] !== '\n') {
        text += src[i];
        advance(src[i]!);
      }
      comments.push({ text: text.replace(/\r$/, ''), ...start });
      continue;
    }
    const start = { row, col, line };
    if (ch === '"' || ch === '`') {
      const q = ch;
      advance(ch);
      let text = '';
      let closed = false;
      while (i < src.length) {
        ch = src[i]!;
        if (q === '"' && ch === '\\' && i + 1 < src.length) {
          const next = src[i + 1]!;
          advance(ch);
          if (next !== '"') text += '\\';
          text += next;
          advance(next);
          continue;
        }
        if (ch === q) {
          advance(ch);
          closed = true;
          break;
        }
        if (ch === '\n') line += 1 + skipped, (skipped = 0);
        if (ch !== '\r') text += ch;
        advance(ch);
      }
      if (!closed) errors.push({ line: start.row, message: `Unexpected end of the Caddyfile block inside a ${q === '"' ? 'quoted' : 'backtick'} token, expected a closing ${q}` });
      const breaks = (text.match(/\n/g) ?? []).length;
      tokens.push({ text, quote: q, line: start.line, breaks, row: start.row, col: start.col, endCol: start.row === row ? col : start.col + 1 });
      continue;
    }
    // A bare word (with `\` escapes), or a heredoc `<<MARKER` ending its line.
    let text = '';
    let escapedLt = false;
    while (i < src.length) {
      ch = src[i]!;
      if (/\s/.test(ch)) break;
      if (ch === '\\' && (src[i + 1] === '\n' || src.startsWith('\r\n', i + 1))) break;
      if (ch === '\\' && i + 1 < src.length && !/\s/.test(src[i + 1]!)) {
        const next = src[i + 1]!;
        advance(ch);
        if (next === '<') escapedLt = true;
        else text += '\\';
        text += next;
        advance(next);
        continue;
      }
      text += ch;
      advance(ch);
    }
    const marker = /^<<([A-Za-z0-9_-]+)$/.exec(text);
    if (!escapedLt && marker && (src[i] === '\n' || src.startsWith('\r\n', i))) {
      const name = marker[1]!;
      while (src[i] !== '\n') advance(src[i]!);
      advance('\n');
      const contentRow = row;
      const lines: string[] = [];
      let closing: string | undefined;
      const closer = new RegExp(`^([ \\t]*)${name}(?=\\s|$)`);
      while (i < src.length) {
        const end = src.indexOf('\n', i);
        const raw = (end < 0 ? src.slice(i) : src.slice(i, end)).replace(/\r$/, '');
        const m = closer.exec(raw);
        if (m) {
          // The marker ends the token; the rest of its line goes on as more tokens of the segment.
          for (const c of m[0]) advance(c);
          closing = m[1]!;
          break;
        }
        for (const c of end < 0 ? src.slice(i) : src.slice(i, end + 1)) advance(c);
        lines.push(raw);
      }
      if (closing === undefined) {
        errors.push({ line: start.row, message: `Unexpected end of the Caddyfile block inside the heredoc \`<<${name}\`, expected its closing \`${name}\`` });
        closing = '';
      }
      const pad = closing;
      const value = lines.map((l, k) => {
        if (l === '') return '';
        if (!l.startsWith(pad)) errors.push({ line: contentRow + k, message: `Unexpected indentation in the heredoc \`<<${name}\`, expected \`${JSON.stringify(pad)}\` as before its closing marker` });
        return l.startsWith(pad) ? l.slice(pad.length) : l.trimStart();
      });
      const textValue = value.join('\n');
      tokens.push({ text: textValue, quote: '<', line: start.line, breaks: lines.length + 1, row: start.row, col: start.col, endCol: start.col + text.length });
      // Caddy counts the heredoc's lines once it ends: the closing marker's line continues the segment.
      line = start.line + lines.length + 1;
      continue;
    }
    tokens.push({ text, line: start.line, breaks: 0, row: start.row, col: start.col, endCol: start.row === row ? col : start.col + text.length });
  }
  return { tokens, comments, errors };
}

/** The parser's result: sites, the global options, snippets, top-level imports and the lines it could not read. */
export interface ParsedCaddyfile {
  sites: CaddySite[];
  global?: CaddySegment[];
  snippets: CaddySnippet[];
  imports: CaddySegment[];
  errors: { line: number; message: string }[];
}

const isOpen = (t: Lexed | undefined): boolean => t !== undefined && t.quote === undefined && t.text === '{';
const isClose = (t: Lexed | undefined): boolean => t !== undefined && t.quote === undefined && t.text === '}';

/** Parses the block: sites (with their upstreams and body), global options, snippets, errors (0-based line, message). */
export function parseCaddyfile(code: string, at: LinePos): ParsedCaddyfile {
  const { tokens, comments, errors } = lex(code);
  const codeLines = code.split('\n');
  const sites: CaddySite[] = [];
  const snippets: CaddySnippet[] = [];
  const imports: CaddySegment[] = [];
  let global: CaddySegment[] | undefined;
  let k = 0;
  let c = 0;
  let lastRow = -1;

  const posOf = (t: Lexed): Pos | undefined => at(t.row, t.col, t.breaks > 0 && t.quote !== '<' ? (codeLines[t.row] ?? '').length : t.endCol);
  const rowOf = new WeakMap<CaddyToken, number>();
  const tok = (t: Lexed): CaddyToken => {
    const out: CaddyToken = { text: t.text, ...(t.quote ? { quote: t.quote } : {}), pos: posOf(t) };
    rowOf.set(out, t.row);
    return out;
  };
  const newLine = (j: number): boolean => j === 0 || tokens[j - 1]!.line + tokens[j - 1]!.breaks < tokens[j]!.line;
  const err = (t: Lexed | undefined, message: string): void => {
    errors.push({ line: t?.row ?? Math.max(codeLines.length - 1, 0), message });
  };
  const endRow = (t: Lexed): number => t.row + (t.quote === '<' ? t.breaks : t.breaks);

  /** Whole-line comments before `row`, as segments (a blank line before each kept). */
  const commentsBefore = (row: number, into: CaddySegment[]): void => {
    while (c < comments.length && comments[c]!.row < row) {
      const cm = comments[c++]!;
      if (cm.row === lastRow) {
        const prev = into.at(-1);
        if (prev && prev.tokens.length > 0 && !prev.comment) prev.comment = cm.text;
        continue;
      }
      into.push({ tokens: [], comment: cm.text, ...(lastRow >= 0 && cm.row > lastRow + 1 ? { blank: true } : {}), pos: at(cm.row, cm.col, cm.col + cm.text.length + 1) });
      lastRow = cm.row;
    }
  };

  /** Segments until the `}` closing the current block (consumed), or the end when `top`. */
  const segments = (top: boolean): CaddySegment[] => {
    const out: CaddySegment[] = [];
    while (k < tokens.length) {
      const t = tokens[k]!;
      commentsBefore(t.row, out);
      if (isClose(t)) {
        k++;
        lastRow = t.row;
        if (k < tokens.length && !newLine(k) && !isClose(tokens[k])) err(tokens[k], `Unexpected \`${tokens[k]!.text}\` after \`}\`, expected a new line`);
        return out;
      }
      if (isOpen(t)) {
        err(t, 'Unexpected `{` on a new line, expected it at the end of the line it opens');
        k++;
        continue;
      }
      const blank = lastRow >= 0 && t.row > lastRow + 1 && out.length > 0;
      const seg: CaddySegment = { tokens: [tok(t)], ...(blank ? { blank: true } : {}) };
      const first = t;
      k++;
      let last = t;
      while (k < tokens.length && !newLine(k)) {
        const n = tokens[k]!;
        if (isClose(n)) {
          err(n, `Unexpected \`}\` after \`${first.text}\`, expected it on its own line`);
          break;
        }
        k++;
        if (isOpen(n)) {
          if (k < tokens.length && !newLine(k)) err(tokens[k], `Unexpected \`${tokens[k]!.text}\` after \`{\`, expected a new line`);
          lastRow = n.row;
          seg.block = segments(false);
          last = tokens[k - 1] ?? n;
          break;
        }
        seg.tokens.push(tok(n));
        last = n;
      }
      seg.pos = at(first.row, first.col, first.row === last.row ? last.endCol : (codeLines[first.row] ?? '').length);
      if (!seg.block) lastRow = endRow(last);
      out.push(seg);
    }
    commentsBefore(Number.MAX_SAFE_INTEGER, out);
    if (!top) err(undefined, 'Unexpected end of the Caddyfile block, expected `}`');
    return out;
  };

  // Server blocks: addresses then `{ … }` (parse.go `begin`/`addresses`).
  while (k < tokens.length) {
    const t = tokens[k]!;
    const start = k;
    commentsBefore(t.row, []);
    if (isOpen(t)) {
      k++;
      lastRow = t.row;
      const block = segments(false);
      if (start === 0 && global === undefined) global = block;
      else err(t, 'Unexpected global options block `{`, expected it first in the Caddyfile');
      continue;
    }
    if (isClose(t)) {
      err(t, 'Unexpected `}`, expected an address or a closing brace of an open block');
      k++;
      continue;
    }
    if (t.quote === undefined && t.text === 'import' && newLine(k)) {
      const seg: CaddySegment = { tokens: [tok(t)], pos: undefined };
      k++;
      while (k < tokens.length && !newLine(k)) seg.tokens.push(tok(tokens[k++]!));
      const lastTok = tokens[k - 1]!;
      seg.pos = at(t.row, t.col, t.row === lastTok.row ? lastTok.endCol : (codeLines[t.row] ?? '').length);
      lastRow = lastTok.row;
      imports.push(seg);
      continue;
    }
    // Addresses: until `{`, or a new line unless the last one ended with a comma.
    const keys: Lexed[] = [];
    let more = false;
    while (k < tokens.length) {
      const a = tokens[k]!;
      if (k > start && !more && newLine(k)) break;
      if (isOpen(a)) break;
      k++;
      let text = a.text;
      more = a.quote === undefined && text.endsWith(',');
      if (more) text = text.slice(0, -1);
      if (text !== '') keys.push({ ...a, text, endCol: a.endCol - (more ? 1 : 0) });
    }
    const opened = isOpen(tokens[k]);
    let openRow = keys.at(-1)?.row ?? t.row;
    if (opened) {
      const brace = tokens[k]!;
      k++;
      if (k < tokens.length && !newLine(k) && !isClose(tokens[k])) err(tokens[k], `Unexpected \`${tokens[k]!.text}\` after \`{\`, expected a new line`);
      lastRow = openRow = brace.row;
    } else if (sites.length > 0 || snippets.length > 0 || k >= tokens.length) {
      // Caddy reads a single site without braces (the rest is its body), nothing else.
      err(t, `Unexpected \`${keys.map((x) => x.text).join(' ')}\` outside a site block, expected \`address {\``);
      continue;
    } else lastRow = openRow;
    const block = segments(!opened);
    const closeRow = opened ? lastRow : codeLines.length;
    const first = keys[0] ?? t;
    const pos = at(first.row, first.col, (codeLines[first.row] ?? '').length);
    const snippet = keys.length === 1 ? /^(&?)\((.+)\)$/.exec(keys[0]!.text) : null;
    if (snippet && keys[0]!.quote === undefined) {
      snippets.push({ name: snippet[2]!, ...(snippet[1] ? { route: true } : {}), block, pos });
      continue;
    }
    sites.push({
      addresses: keys.map((x) => x.text),
      addressPos: keys.map((x) => posOf(x)).filter((p): p is Pos => p !== undefined),
      upstreams: [],
      body: bodyLines(codeLines.slice(openRow + 1, closeRow)),
      block,
      pos,
    });
    const site = sites.at(-1)!;
    if (site.addressPos!.length !== keys.length) delete site.addressPos;
  }

  // Upstreams, with snippets expanded, at the token that names them.
  const bySnippet = snippetMap(snippets);
  for (const site of sites) {
    walkDirectives(site.block ?? [], bySnippet, (d) => {
      const name = d.tokens[0]!.text;
      if (name !== 'reverse_proxy' && name !== 'php_fastcgi' && name !== 'forward_auth') return;
      for (const t of upstreamTokens(d)) {
        const up = parseUpstream(t.text, t.pos, name);
        if (up) site.upstreams.push(up);
        else errors.push({ line: rowOf.get(t) ?? 0, message: `Unexpected upstream \`${t.text}\`, expected \`host:port\`` });
      }
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return { sites, ...(global ? { global } : {}), snippets, imports, errors };
}

/** A site's lines between its braces, dedented, blank edges dropped (the model's verbatim `body`). */
function bodyLines(raw: string[]): string[] {
  const lines = raw.map((l) => l.replace(/\r$/, ''));
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const filled = lines.filter((l) => l.trim() !== '');
  const indent = filled.length ? Math.min(...filled.map((l) => l.length - l.trimStart().length)) : 0;
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(indent)));
}
