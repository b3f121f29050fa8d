/**
 * The suppression pass of the runner: inline comments (`src/parse/suppressions.ts`) remove the
 * findings they cover, and the comments themselves are checked, as ESLint does with
 * `--report-unused-disable-directives`: a rule id no rule has (`suppress/unknown-rule`, with a
 * "did you mean"), a comment that suppresses nothing (`suppress/unused`), a comment without a
 * reason (`suppress/missing-reason`).
 *
 * `bolt-disable-next-line` covers the line after the comment; `bolt-disable` covers every line
 * after it up to a `bolt-enable` of the same rule in the same file (or the end of the file).
 */
import type { Diagnostic } from '../model/diagnostics.js';
import type { Pos, Suppression } from '../model/schema.js';
import { closest } from '../model/suggest.js';
import type { MessageData } from './types.js';

/** Makes a diagnostic of a suppress/* rule (the runner's, so severities and messages are the rules'). */
export type Emit = (ruleId: string, message: string, data: MessageData, pos: Pos | undefined) => void;

interface Range {
  file: string;
  rule: string;
  from: number;
  to: number;
  owner: Suppression;
  used: boolean;
}

const OWN = /^(suppress|baseline)\//;

/**
 * Removes the findings the comments cover and reports the comments' own findings through `emit`.
 * `known` are the registered rule ids, `off` those the config turns off.
 */
export function applySuppressions(diagnostics: Diagnostic[], suppressions: readonly Suppression[], known: readonly string[], off: ReadonlySet<string>, emit: Emit): Diagnostic[] {
  if (suppressions.length === 0) return diagnostics;
  const knownSet = new Set(known);
  const ranges: Range[] = [];
  const open = new Map<string, Range>(); // file + rule → the disable waiting for its enable
  for (const s of suppressions) {
    const file = s.pos?.file;
    if (!file || !s.pos) continue;
    if (s.rules.length === 0) emit('suppress/unknown-rule', 'none', { kind: s.kind }, s.pos);
    else if (s.kind !== 'enable' && s.reason === undefined) emit('suppress/missing-reason', 'missing', { kind: s.kind, rules: s.rules.join(', ') }, s.pos);
    for (const rule of s.rules) {
      if (!knownSet.has(rule)) {
        const near = closest(rule, known);
        emit('suppress/unknown-rule', 'unknown', { rule, hint: near ? `did you mean \`${near}\`?` : 'see `bolt validate --list-rules` for the rule ids' }, s.pos);
        continue;
      }
      const key = `${file}\n${rule}`;
      if (s.kind === 'disable-next-line') ranges.push({ file, rule, from: s.pos.endLine + 1, to: s.pos.endLine + 1, owner: s, used: false });
      else if (s.kind === 'disable') {
        if (open.has(key)) continue; // already disabled: the first comment owns the range
        const r: Range = { file, rule, from: s.pos.endLine + 1, to: Infinity, owner: s, used: false };
        ranges.push(r);
        open.set(key, r);
      } else {
        const r = open.get(key);
        if (r) {
          r.to = s.pos.line - 1;
          open.delete(key);
        } else if (!off.has(rule)) emit('suppress/unused', 'enable', { rule }, s.pos);
      }
    }
  }
  const kept = diagnostics.filter((d) => {
    if (OWN.test(d.ruleId) || d.file === undefined || d.line === undefined) return true;
    let suppressed = false;
    for (const r of ranges) {
      if (r.rule === d.ruleId && r.file === d.file && d.line >= r.from && d.line <= r.to) {
        r.used = true;
        suppressed = true;
      }
    }
    return !suppressed;
  });
  for (const r of ranges) {
    if (r.used || off.has(r.rule)) continue;
    const where = r.owner.kind === 'disable-next-line' ? 'on the next line' : r.to === Infinity ? 'after the comment' : 'before its `bolt-enable`';
    emit('suppress/unused', 'unused', { rule: r.rule, where }, r.owner.pos);
  }
  return kept;
}
