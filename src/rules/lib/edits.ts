/**
 * Fixes as data: helpers that turn a model position and the source text into `TextEdit`s. Edits are
 * computed against the (redacted) source text, whose lines and columns are the file's own, and are
 * refused when they would overwrite or write a masked secret (`•`): a fix never touches a secret.
 */
import { isMap, type Document, parseDocument } from 'yaml';
import type { Fix, TextEdit } from '../../model/diagnostics.js';
import type { Pos } from '../../model/schema.js';
import { MASK } from '../../model/secret-values.js';

/** Offsets of each line's start in `text`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset of a 1-based line and column in `text` (clamped to the text). */
export function offsetAt(text: string, line: number, column: number): number {
  const starts = lineStarts(text);
  const start = starts[Math.min(Math.max(line, 1), starts.length) - 1]!;
  return Math.min(start + column - 1, text.length);
}

/** The 1-based line and column of an offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** An edit replacing `[start, end)` of `text` (offsets), or undefined when it would touch a masked secret. */
export function editAt(file: string, text: string, start: number, end: number, replacement: string): TextEdit | undefined {
  if (text.slice(start, end).includes(MASK) || replacement.includes(MASK)) return undefined;
  const a = positionAt(text, start);
  const b = positionAt(text, end);
  return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: replacement };
}

/**
 * An edit replacing the first match of `find` inside the span `pos` (the offending text the model
 * points at) with `replacement`; `replacement` may be a function of the matched text.
 */
export function replaceWithin(
  sources: Readonly<Record<string, string>>,
  pos: Pos | undefined,
  find: string | RegExp,
  replacement: string | ((match: string) => string),
): TextEdit | undefined {
  const text = pos && sources[pos.file];
  if (!pos || text === undefined) return undefined;
  const start = offsetAt(text, pos.line, pos.column);
  const end = offsetAt(text, pos.endLine, pos.endColumn);
  const span = text.slice(start, end);
  let at: number;
  let found: string;
  if (typeof find === 'string') {
    at = span.indexOf(find);
    found = find;
  } else {
    const m = find.exec(span);
    at = m ? m.index : -1;
    found = m ? m[0] : '';
  }
  if (at < 0) return undefined;
  const text2 = typeof replacement === 'string' ? replacement : replacement(found);
  return editAt(pos.file, text, start + at, start + at + found.length, text2);
}

/** `pos` widened to the end of its last line (a finding at a key whose value follows it). */
export function toLineEnd(sources: Readonly<Record<string, string>>, pos: Pos | undefined): Pos | undefined {
  const text = pos && sources[pos.file];
  if (!pos || text === undefined) return pos;
  const line = text.split('\n')[pos.endLine - 1] ?? '';
  return { ...pos, endColumn: line.length + 1 };
}

/** An insertion at a 1-based line and column. */
export function insertAt(sources: Readonly<Record<string, string>>, file: string, line: number, column: number, text: string): TextEdit | undefined {
  const source = sources[file];
  if (source === undefined) return undefined;
  const at = offsetAt(source, line, column);
  return editAt(file, source, at, at, text);
}

/**
 * An edit of a YAML file made through `yaml`'s Document API (comments and layout kept): `mutate`
 * changes the parsed document, and the edit is the smallest range that turns the old text into the
 * new one. Undefined when the text does not survive a parse/print round trip unchanged (then the
 * printer would reformat more than the change) or nothing changed.
 */
export function yamlEdit(file: string, text: string | undefined, mutate: (doc: Document.Parsed) => void): TextEdit | undefined {
  if (text === undefined) return undefined;
  // CRLF files: computed on LF text (same lines and columns); the applier writes the file's line ends.
  text = text.replace(/\r\n/g, '\n');
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || doc.toString() !== text) return undefined;
  mutate(doc);
  const next = doc.toString();
  if (next === text) return undefined;
  let start = 0;
  while (start < text.length && start < next.length && text[start] === next[start]) start++;
  let end = 0;
  while (end < text.length - start && end < next.length - start && text[text.length - 1 - end] === next[next.length - 1 - end]) end++;
  return editAt(file, text, start, text.length - end, next.slice(start, next.length - end));
}

/** True when the map at `path` of a YAML document is written in flow style (`{ a: 1 }`). */
export function isFlowMap(doc: Document.Parsed, path: (string | number)[]): boolean {
  const node = doc.getIn(path, true);
  return isMap(node) && node.flow === true;
}

/** A fix of one or more edits, or nothing when an edit could not be made. */
export function fix(title: string, ...edits: (TextEdit | undefined)[]): Fix[] {
  return edits.length > 0 && edits.every((e) => e !== undefined) ? [{ title, edits: edits as TextEdit[] }] : [];
}
