/**
 * The `pretty` reporter: diagnostics grouped by file, each with its position, severity, message and
 * rule id, the source line with a marker under the offending text, the hint and the related
 * location; then a summary line. Colours only when asked (TTY, no NO_COLOR: see `useColor`).
 */
import pc from 'picocolors';
import type { Diagnostic, Severity } from '../model/diagnostics.js';
import type { ValidationResult } from '../rules/validate.js';
import { excerpt } from './source.js';

type Colors = ReturnType<typeof pc.createColors>;

function label(c: Colors, severity: Severity): string {
  if (severity === 'error') return c.red('error');
  if (severity === 'warning') return c.yellow('warning');
  return c.blue('info');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function where(d: Pick<Diagnostic, 'line' | 'column'>): string {
  return d.line === undefined ? '' : `${d.line}:${d.column ?? 1}`;
}

function related(d: Diagnostic): string | undefined {
  const cause = d.cause;
  if (!cause) return undefined;
  const same = cause.file === d.file && cause.line !== undefined;
  const at = same ? `line ${cause.line}` : [cause.file, cause.line, cause.column].filter((p) => p !== undefined).join(':');
  return at ? `${cause.message} (${at})` : cause.message;
}

function block(c: Colors, d: Diagnostic, sources: Record<string, string>, posWidth: number, lineWidth: number): string[] {
  const lines = [`  ${c.dim(where(d).padEnd(posWidth))}  ${label(c, d.severity)}  ${d.message}  ${c.dim(d.ruleId)}`];
  const pad = ' '.repeat(posWidth + 4);
  const ex = excerpt(d, sources);
  if (ex) {
    // One gutter width per file, so the `│` column lines up across 2- and 3-digit lines.
    const gutter = String(ex.line).padStart(lineWidth);
    lines.push(`${pad}${c.dim(`${gutter} │`)} ${ex.text}`);
    const mark = d.severity === 'error' ? c.red : d.severity === 'warning' ? c.yellow : c.blue;
    lines.push(`${pad}${c.dim(`${' '.repeat(gutter.length)} │`)} ${' '.repeat(ex.start)}${mark('^'.repeat(ex.width))}`);
  }
  if (d.hint) lines.push(`${pad}${c.cyan('hint:')} ${d.hint}`);
  const cause = related(d);
  if (cause) lines.push(`${pad}${c.dim('see:')} ${cause}`);
  return lines;
}

/** Renders the result for a terminal or a log. */
export function formatPretty(result: ValidationResult, options: { sources: Record<string, string>; color: boolean }): string {
  const c = pc.createColors(options.color);
  const groups = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) {
    const key = d.file ?? '';
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const out: string[] = [];
  for (const [file, diagnostics] of groups) {
    const posWidth = Math.max(...diagnostics.map((d) => where(d).length));
    const lineWidth = Math.max(...diagnostics.map((d) => String(d.line ?? '').length));
    out.push(c.underline(file === '' ? '(specs)' : file));
    for (const d of diagnostics) out.push(...block(c, d, options.sources, posWidth, lineWidth), '');
  }
  const { errors, warnings, infos } = result.summary;
  const total = errors + warnings + infos;
  if (total === 0) out.push(c.green('✔ no problems'));
  else {
    const text = `${errors > 0 ? '✖' : '⚠'} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
    out.push(errors > 0 ? c.red(c.bold(text)) : warnings > 0 ? c.yellow(c.bold(text)) : c.bold(text));
  }
  return `${out.join('\n')}\n`;
}
