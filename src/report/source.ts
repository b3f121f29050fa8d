/**
 * The source excerpt under a diagnostic: its line as written and a marker under the offending
 * text. Columns are UTF-16 positions in the line (as the parser counts); the marker is laid out
 * in terminal cells, so wide characters (emoji, CJK) and tabs keep it aligned.
 */
import type { Diagnostic } from '../model/diagnostics.js';

/** Terminal cells of one code point: 0 for combining marks and joiners, 2 for wide characters. */
function cells(codePoint: number): number {
  if (codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0x300 && codePoint <= 0x36f)) return 0;
  const wide =
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    [0x231a, 0x231b, 0x23e9, 0x23ea, 0x23eb, 0x23ec, 0x23f0, 0x23f3, 0x25fd, 0x25fe, 0x2614, 0x2615, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26d4, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26fa, 0x26fd, 0x2705, 0x270a, 0x270b, 0x2728, 0x274c, 0x274e, 0x2753, 0x2754, 0x2755, 0x2757, 0x2795, 0x2796, 0x2797, 0x27b0, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b55].includes(codePoint);
  return wide ? 2 : 1;
}

/** Terminal width of a string (tabs count as 4 cells: the excerpt prints them as 4 spaces). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch === '\t' ? 4 : cells(ch.codePointAt(0)!);
  return width;
}

/** An excerpt: the line number, the line (tabs expanded), and the marker's offset and width in cells. */
export interface Excerpt {
  line: number;
  text: string;
  start: number;
  width: number;
}

/** The excerpt of a diagnostic from the file's text, or undefined when it has no line in a known file. */
export function excerpt(d: Pick<Diagnostic, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>, sources: Record<string, string>): Excerpt | undefined {
  if (d.file === undefined || d.line === undefined) return undefined;
  const text = sources[d.file];
  if (text === undefined) return undefined;
  const raw = text.split('\n')[d.line - 1];
  if (raw === undefined) return undefined;
  const line = raw.replace(/\r$/, '');
  const from = Math.min(Math.max((d.column ?? 1) - 1, 0), line.length);
  const to = d.endLine === d.line && d.endColumn !== undefined ? Math.min(Math.max(d.endColumn - 1, from), line.length) : line.length;
  const start = displayWidth(line.slice(0, from));
  const width = Math.max(1, displayWidth(line.slice(from, to)));
  return { line: d.line, text: line.replace(/\t/g, '    '), start, width };
}
