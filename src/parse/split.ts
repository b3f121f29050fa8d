/**
 * Splits a spec file into chunks at H2 headings outside fenced code, so each section is parsed
 * (and cached) on its own. An H2 is an ATX heading (`## Title`) or a setext one (a paragraph
 * underlined with `---`, as CommonMark reads it; test/parse/split.test.ts compares with remark).
 * List items are not followed across blank lines, so a heading in an item's continuation still
 * starts a section. Chunks start at line boundaries: a node's column
 * inside a chunk is its column in the file, and lines only shift by the chunk's first line.
 */

/** A slice of a spec file: the preamble before the first H2, or one H2 section. */
export interface Chunk {
  file: string;
  /** 1-based line of the chunk's first line in the file. */
  line: number;
  /** Offset of the chunk's first character in the file. */
  offset: number;
  text: string;
  /** The H2 heading's text (without `## ` or the setext underline), or undefined for the preamble. */
  heading?: string | undefined;
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const h2 = /^ {0,3}##(?:[ \t]+(.*?))?[ \t]*$/;
const atx = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const setextH2 = /^ {0,3}-+[ \t]*$/;
const setextH1 = /^ {0,3}=+[ \t]*$/;
const thematicBreak = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** Lines that open a block a setext underline cannot follow: list items, block quotes. */
const otherBlock = /^ {0,3}(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|>)/;
/** An HTML block that may interrupt a paragraph (CommonMark's kinds 1 and 6, the common tags). */
const htmlBlock = /^ {0,3}<\/?(?:address|article|aside|blockquote|details|div|dl|fieldset|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|script|section|style|summary|table|tbody|td|textarea|th|thead|tr|ul)(?:[\s/>]|$)/i;
/** A line holding one complete tag alone, which opens an HTML block outside a paragraph (kind 7). */
const htmlTag = /^ {0,3}(?:<[a-zA-Z][\w-]*(?:\s+[a-zA-Z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/[a-zA-Z][\w-]*\s*>)[ \t]*$/;
const indented = /^(?: {4}|\t)/;
const tableDelimiter = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** The number of cells of a table row (GFM: a delimiter row makes a table only under a header row of as many cells). */
function cellCount(row: string): number {
  const cells = row.trim().split(/(?<!\\)\|/);
  if (cells[0]!.trim() === '') cells.shift();
  if (cells.length > 0 && cells.at(-1)!.trim() === '') cells.pop();
  return cells.length;
}

/** True when `row` over `delimiter` opens a GFM table: a delimiter row with a pipe, under a header row of as many cells. */
function isTableStart(row: string, delimiter: string): boolean {
  return tableDelimiter.test(delimiter) && delimiter.includes('|') && cellCount(row) === cellCount(delimiter);
}

/**
 * Where the scan stands between blocks: outside any block, in a paragraph (which a `---` line
 * turns into a setext heading), inside another block (list, quote: until a blank line), in a
 * table (until a blank or indented line),
 * in an HTML block (until a blank line, hiding headings and fences), in indented code (until a
 * line indented less) or inside an HTML comment (until `-->`).
 */
type State = { kind: 'none' } | { kind: 'paragraph'; offset: number; line: number; lines: string[] } | { kind: 'other' } | { kind: 'table' } | { kind: 'html' } | { kind: 'indented' } | { kind: 'comment' };

/** Splits `text` (LF line endings) into a preamble chunk and one chunk per H2 section. */
export function splitSections(file: string, text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let fence: string | undefined;
  let start = 0;
  let startLine = 1;
  let heading: string | undefined;
  let offset = 0;
  let line = 1;
  let state: State = { kind: 'none' };
  /** Starts a new chunk at `at` (a line start) for the heading `title`. */
  const split = (at: number, atLine: number, title: string) => {
    if (at > 0) {
      chunks.push({ file, line: startLine, offset: start, text: text.slice(start, at), heading });
      start = at;
      startLine = atLine;
    }
    heading = title;
  };
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const content = text.slice(offset, end);
    if (fence) {
      const close = fenceOpen.exec(content);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && content.trim() === close[1]) {
        fence = undefined;
      }
    } else if (state.kind === 'comment') {
      if (content.includes('-->')) state = { kind: 'none' };
    } else if (content.trim() === '') {
      state = { kind: 'none' };
    } else if (state.kind === 'html') {
      // Raw HTML runs to the next blank line: a `##` or a fence inside it is HTML text.
    } else if (state.kind === 'paragraph' && setextH2.test(content)) {
      split(state.offset, state.line, state.lines.join(' '));
      state = { kind: 'none' };
    } else if (state.kind === 'paragraph' && setextH1.test(content)) {
      state = { kind: 'none' };
    } else {
      if ((state.kind === 'indented' && !indented.test(content)) || (state.kind === 'table' && indented.test(content))) state = { kind: 'none' };
      const open = fenceOpen.exec(content);
      const m = h2.exec(content);
      if (open) {
        fence = open[1];
        state = { kind: 'none' };
      } else if (m) {
        split(offset, line, (m[1] ?? '').replace(/[ \t]+#+$/, ''));
        state = { kind: 'none' };
      } else if (atx.test(content) || thematicBreak.test(content)) {
        state = { kind: 'none' };
      } else if (/^ {0,3}<!--/.test(content)) {
        state = content.includes('-->') ? { kind: 'none' } : { kind: 'comment' };
      } else if (htmlBlock.test(content) || (state.kind === 'none' && htmlTag.test(content))) {
        state = { kind: 'html' };
      } else if (state.kind === 'paragraph') {
        // A continuation line, unless it opens a block that interrupts the paragraph (an indented
        // line does not) or makes the paragraph a table's header row.
        if (isTableStart(state.lines.at(-1)!, content)) state = { kind: 'table' };
        else if (otherBlock.test(content)) state = { kind: 'other' };
        else state.lines.push(content.trim());
      } else if (state.kind === 'none') {
        state = indented.test(content) ? { kind: 'indented' } : otherBlock.test(content) ? { kind: 'other' } : { kind: 'paragraph', offset, line, lines: [content.trim()] };
      }
    }
    if (nl < 0) break;
    offset = nl + 1;
    line++;
  }
  chunks.push({ file, line: startLine, offset: start, text: text.slice(start), heading });
  return chunks;
}
