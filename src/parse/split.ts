/**
 * Splits a spec file into chunks at ATX H2 headings outside fenced code, so each section is parsed
 * (and cached) on its own. Chunks start at line boundaries: a node's column inside a chunk is its
 * column in the file, and lines only shift by the chunk's first line.
 */

/** A slice of a spec file: the preamble before the first H2, or one H2 section. */
export interface Chunk {
  file: string;
  /** 1-based line of the chunk's first line in the file. */
  line: number;
  /** Offset of the chunk's first character in the file. */
  offset: number;
  text: string;
  /** The H2 heading line's text (without `## `), or undefined for the preamble. */
  heading?: string | undefined;
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const h2 = /^ {0,3}##(?:[ \t]+(.*?))?[ \t]*$/;

/** Splits `text` (LF line endings) into a preamble chunk and one chunk per H2 section. */
export function splitSections(file: string, text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let fence: string | undefined;
  let start = 0;
  let startLine = 1;
  let heading: string | undefined;
  let offset = 0;
  let line = 1;
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const content = text.slice(offset, end);
    if (fence) {
      const close = fenceOpen.exec(content);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && content.trim() === close[1]) {
        fence = undefined;
      }
    } else {
      const open = fenceOpen.exec(content);
      if (open) fence = open[1];
      else {
        const m = h2.exec(content);
        if (m && offset > 0) {
          chunks.push({ file, line: startLine, offset: start, text: text.slice(start, offset), heading });
          start = offset;
          startLine = line;
          heading = (m[1] ?? '').replace(/[ \t]+#+$/, '');
        } else if (m) {
          heading = (m[1] ?? '').replace(/[ \t]+#+$/, '');
        }
      }
    }
    if (nl < 0) break;
    offset = nl + 1;
    line++;
  }
  chunks.push({ file, line: startLine, offset: start, text: text.slice(start), heading });
  return chunks;
}
