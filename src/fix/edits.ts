/**
 * Applying fixes to file texts: which fixes to take (non-overlapping, a rule filter), and the edit
 * of a file's text as it is on disk (BOM, CRLF or CR line ends kept), so that every byte outside
 * the edits stays as it was.
 */
import type { Diagnostic, Fix, TextEdit } from '../model/diagnostics.js';
import { MASK } from '../model/secret-values.js';

/** A fix chosen for a pass, with the finding it settles. */
export interface ChosenFix {
  ruleId: string;
  fix: Fix;
}

/** Offsets where each line of `text` starts; `\r\n`, `\n` and a lone `\r` end a line (as the decoder reads them). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue; // the \n after it ends the line
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** `[start, end)` offsets of an edit in `text` (a BOM shifts line 1; line and column count as the decoded text does). */
function range(text: string, starts: number[], e: TextEdit): [number, number] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (line: number, column: number) => {
    const start = starts[Math.min(Math.max(line, 1), starts.length) - 1]!;
    return Math.min(start + (line === 1 ? bom : 0) + column - 1, text.length);
  };
  return [at(e.line, e.column), at(e.endLine, e.endColumn)];
}

/** True when two edits of one file collide: overlapping ranges, or two insertions at one point. */
function collide(a: [number, number], b: [number, number]): boolean {
  return a[0] === b[0] && a[1] === b[1] ? true : a[0] < b[1] && b[0] < a[1];
}

/**
 * The fixes of one pass: the first fix of each finding (in the findings' order) whose edits overlap
 * no fix taken before it and touch no masked secret in `sources` (the redacted texts the positions
 * were computed on). `rule` limits it to one rule id.
 */
export function chooseFixes(diagnostics: Diagnostic[], sources: Readonly<Record<string, string>>, rule?: string): ChosenFix[] {
  const taken = new Map<string, [number, number][]>();
  const starts = new Map<string, number[]>();
  const chosen: ChosenFix[] = [];
  for (const d of diagnostics) {
    if (rule !== undefined && d.ruleId !== rule) continue;
    const fix = d.fixes?.[0];
    if (!fix || fix.edits.length === 0) continue;
    const ranges: [string, [number, number]][] = [];
    let ok = true;
    for (const e of fix.edits) {
      const text = sources[e.file];
      if (text === undefined || e.text.includes(MASK)) { ok = false; break; }
      if (!starts.has(e.file)) starts.set(e.file, lineStarts(text));
      const r = range(text, starts.get(e.file)!, e);
      if (text.slice(r[0], r[1]).includes(MASK)) { ok = false; break; }
      if ((taken.get(e.file) ?? []).some((t) => collide(t, r)) || ranges.some(([f, o]) => f === e.file && collide(o, r))) { ok = false; break; }
      ranges.push([e.file, r]);
    }
    if (!ok) continue;
    for (const [file, r] of ranges) taken.set(file, [...(taken.get(file) ?? []), r]);
    chosen.push({ ruleId: d.ruleId, fix });
  }
  return chosen;
}

/**
 * Applies edits (non-overlapping, all of one file) to the file's text as read from disk. The new
 * text's line ends follow the file's: `\n` in an edit becomes `\r\n` in a CRLF file.
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = lineStarts(text);
  const eol = text.includes('\r\n') ? '\r\n' : !text.includes('\n') && text.includes('\r') ? '\r' : '\n';
  const placed = edits.map((e) => ({ r: range(text, starts, e), text: eol === '\n' ? e.text : e.text.replace(/\n/g, eol) }));
  placed.sort((a, b) => b.r[0] - a.r[0] || b.r[1] - a.r[1]);
  let out = text;
  for (const p of placed) out = out.slice(0, p.r[0]) + p.text + out.slice(p.r[1]);
  return out;
}

/** Edits of the chosen fixes, by file. */
export function editsByFile(chosen: ChosenFix[]): Map<string, TextEdit[]> {
  const byFile = new Map<string, TextEdit[]>();
  for (const { fix } of chosen) for (const e of fix.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  return byFile;
}
