/**
 * The `pretty` LiveReport: a table (kind, target, result, time, detail), failing rows followed by
 * their expected/actual, then a summary line; and the progress line shown on a TTY while running.
 */
import pc from 'picocolors';
import { checkedNothing, type CheckPlan, type CheckResult, type CheckStatus, type LiveReport } from '../verify/types.js';

type Colors = ReturnType<typeof pc.createColors>;

const LABEL: Record<CheckStatus, string> = { pass: 'pass', fail: 'FAIL', skip: 'skip', error: 'ERROR', timeout: 'TIMEOUT' };

function paint(c: Colors, r: CheckResult): string {
  const label = r.flaky ? `${LABEL[r.result]} (flaky)` : r.warning ? `${LABEL[r.result]} (warn)` : LABEL[r.result];
  if (r.result === 'pass') return r.warning || r.flaky ? c.yellow(label) : c.green(label);
  if (r.result === 'skip') return c.dim(label);
  return c.red(c.bold(label));
}

function time(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${ms}ms`;
}

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** The target column: a port check probed at the server's address names its container too. */
function shown(r: CheckResult): string {
  return r.service !== undefined && !r.target.startsWith(`${r.service}:`) ? `${r.target} (${r.service})` : r.target;
}

/** Renders the report as a table and a summary line. */
export function formatVerifyPretty(report: LiveReport, options: { color: boolean; width?: number | undefined }): string {
  const c = pc.createColors(options.color);
  const rows = report.checks;
  const targetWidth = Math.min(56, Math.max(6, ...rows.map((r) => shown(r).length)));
  const resultWidth = Math.max(6, ...rows.map((r) => (r.flaky ? LABEL[r.result].length + 8 : r.warning ? LABEL[r.result].length + 7 : LABEL[r.result].length)));
  const head = `${'KIND'.padEnd(8)}  ${'TARGET'.padEnd(targetWidth)}  ${'RESULT'.padEnd(resultWidth)}  ${'TIME'.padStart(6)}  DETAIL`;
  const detailWidth = Math.max(30, (options.width ?? 120) - head.length + 'DETAIL'.length);
  const lines = [c.bold(head)];
  const indent = ' '.repeat(8 + 2 + targetWidth + 2);
  for (const r of rows) {
    const label = paint(c, r);
    const plainLength = r.flaky ? LABEL[r.result].length + 8 : r.warning ? LABEL[r.result].length + 7 : LABEL[r.result].length;
    const pad = ' '.repeat(Math.max(0, resultWidth - plainLength));
    const detail = r.result === 'skip' ? c.dim(r.detail) : r.detail;
    lines.push(`${r.kind.padEnd(8)}  ${clip(shown(r), targetWidth).padEnd(targetWidth)}  ${label}${pad}  ${time(r.ms).padStart(6)}  ${detail}`);
    if (r.warning) lines.push(`${indent}${c.yellow(`warning: ${r.warning}`)}`);
    if (!r.ok && r.result !== 'skip' && r.expected !== undefined && r.actual !== undefined && !r.detail.includes(r.actual)) {
      lines.push(`${indent}${c.dim('expected:')} ${clip(r.expected, detailWidth)}`);
      lines.push(`${indent}${c.dim('actual:  ')} ${clip(r.actual, detailWidth)}`);
    }
  }
  const s = report.summary;
  const empty = checkedNothing(s);
  const parts = [
    empty ? `${s.passed} passed` : c.green(`${s.passed} passed`),
    s.failed > 0 ? c.red(`${s.failed} failed`) : `${s.failed} failed`,
    `${s.skipped} skipped`,
  ];
  const extra = [
    s.errors ? `${s.errors} errors` : '',
    s.timeouts ? `${s.timeouts} timed out` : '',
    s.flaky ? `${s.flaky} flaky` : '',
    s.warnings ? `${s.warnings} warnings` : '',
  ].filter(Boolean);
  lines.push('', `${parts.join(', ')}${extra.length ? ` (${extra.join(', ')})` : ''} in ${time(s.ms)}${empty ? c.yellow(' — nothing was checked') : ''}`);
  return `${lines.join('\n')}\n`;
}

/** A one-line progress indicator: `[12/40] tls api.smarterbot.cl:443 …`. */
export function progressLine(done: number, total: number, running: readonly CheckPlan[], width = 80): string {
  const first = running[0];
  const now = first ? ` ${first.kind} ${first.target}${running.length > 1 ? ` +${running.length - 1}` : ''}` : '';
  return clip(`[${done}/${total}] verifying…${now}`, Math.max(20, width - 1));
}
