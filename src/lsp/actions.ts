/**
 * Code actions of `bolt lsp`: each fix of a finding under the cursor, "fix all of this rule"
 * (every non-overlapping fix of the rule in the workspace, as `bolt validate --fix-rule` would
 * take them), and "suppress on this line". A finding in a table row or a code block cannot have a
 * comment on the line before it (an HTML comment ends a table, and is code inside a fence), so
 * the suppression wraps the whole table or block in `bolt-disable` … `bolt-enable`.
 */
import type { CodeAction, Range, TextEdit as LspEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { Diagnostic, Fix } from '../model/diagnostics.js';
import { chooseFixes } from '../fix/edits.js';
import { editRange, rangeOf, uriOf } from './convert.js';

/** A workspace edit from fixes. */
function workspaceEdit(cwd: string, fixes: Fix[]): WorkspaceEdit {
  const changes: Record<string, LspEdit[]> = {};
  for (const f of fixes) for (const e of f.edits) (changes[uriOf(cwd, e.file)] ??= []).push({ range: editRange(e), newText: e.text });
  return { changes };
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** The 0-based first and last line of the table or fenced block holding `line`, or undefined for other text. */
export function enclosingBlock(lines: string[], line: number): [number, number] | undefined {
  let fence: { marker: string; start: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i]!);
    if (fence) {
      if (m && m[1]![0] === fence.marker[0] && m[1]!.length >= fence.marker.length && lines[i]!.trim() === m[1]) {
        if (line >= fence.start && line <= i) return [fence.start, i];
        fence = undefined;
      }
    } else if (m) fence = { marker: m[1]!, start: i };
    if (i > line && !fence) break;
  }
  if (fence && line >= fence.start) return [fence.start, lines.length - 1];
  const row = (l: string | undefined) => l !== undefined && l.trim().startsWith('|');
  if (!row(lines[line])) return undefined;
  let a = line;
  let b = line;
  while (row(lines[a - 1])) a--;
  while (row(lines[b + 1])) b++;
  return [a, b];
}

/** The suppression edits for a finding at 0-based `line` of a Markdown text. */
export function suppressionEdits(text: string, line: number, ruleId: string): LspEdit[] {
  const lines = text.split(/\r?\n/);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const reason = 'TODO: say why';
  const block = enclosingBlock(lines, line);
  if (!block) return [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `<!-- bolt-disable-next-line ${ruleId} -- ${reason} -->${eol}` }];
  const after = block[1] + 1;
  const end = after < lines.length ? { line: after, character: 0 } : { line: block[1], character: lines[block[1]]!.length };
  return [
    { range: { start: { line: block[0], character: 0 }, end: { line: block[0], character: 0 } }, newText: `<!-- bolt-disable ${ruleId} -- ${reason} -->${eol}` },
    { range: { start: end, end }, newText: after < lines.length ? `<!-- bolt-enable ${ruleId} -->${eol}` : `${eol}<!-- bolt-enable ${ruleId} -->` },
  ];
}

/**
 * The actions for `range` of `file`: `diagnostics` are the workspace's findings of the last run,
 * `sources` their (redacted) texts, `text` the document's current text.
 */
export function codeActions(cwd: string, file: string, range: Range, diagnostics: Diagnostic[], sources: Readonly<Record<string, string>>, text: string | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  const here = diagnostics.filter((d) => d.file === file && d.line !== undefined && overlaps(rangeOf(d), range));
  const rulesDone = new Set<string>();
  for (const d of here) {
    const lsp = { range: rangeOf(d), message: d.message, code: d.ruleId, source: 'bolt' };
    (d.fixes ?? []).forEach((fix, i) => actions.push({ title: fix.title, kind: 'quickfix', diagnostics: [lsp], isPreferred: i === 0, edit: workspaceEdit(cwd, [fix]) }));
    if (!rulesDone.has(d.ruleId) && d.fixes?.length) {
      rulesDone.add(d.ruleId);
      const all = chooseFixes(diagnostics, sources, d.ruleId);
      if (all.length > 1) actions.push({ title: `Fix all ${all.length} \`${d.ruleId}\` problems`, kind: 'source.fixAll.bolt', diagnostics: [lsp], edit: workspaceEdit(cwd, all.map((c) => c.fix)) });
    }
    if (text !== undefined && file.endsWith('.md') && !/^(suppress|baseline)\//.test(d.ruleId)) {
      actions.push({ title: `Suppress \`${d.ruleId}\` on this line`, kind: 'quickfix', diagnostics: [lsp], edit: { changes: { [uriOf(cwd, file)]: suppressionEdits(text, d.line! - 1, d.ruleId) } } });
    }
  }
  return actions;
}
