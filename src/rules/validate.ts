/**
 * Static validation: runs every rule of the registry (`src/rules/index.ts`) over the loaded specs
 * with the severities the config sets, and returns the diagnostics sorted by file, line, column
 * and rule id.
 */
import { type BoltConfig, DOCS_SERVE_DEFAULTS } from '../config.js';
import { at, type Diagnostic, type Severity, summarizeDiagnostics } from '../model/diagnostics.js';
import { boltError } from '../errors/index.js';
import type { Pos } from '../model/schema.js';
import type { LoadedSpecs } from '../load/index.js';
import { RunMemo } from '../memo.js';
import { RULES, RULES_BY_ID } from './index.js';
import { interpolate, type Rule, type RuleReport } from './types.js';
import { applySuppressions } from './suppressions.js';

/** The result of validating: diagnostics in file/line order and their counts. */
export interface ValidationResult {
  diagnostics: Diagnostic[];
  summary: { errors: number; warnings: number; infos: number };
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];

/** Edit distance, for "did you mean" on a misspelt rule id. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** Where `rules.<id>` is written in the config file (its key). */
function location(config: BoltConfig, id: string): { file: string; line?: number; column?: number } {
  const file = config.file ?? 'bolt.config.yaml';
  const pos: Pos | undefined = config.pos?.(['rules', id]);
  return pos ? { file: pos.file || file, line: pos.line, column: pos.column } : { file };
}

/**
 * Checks `config.rules`: every id must be a registered rule and every value a severity or `off`.
 * Throws a BoltError (exit 2) at the offending key of bolt.config.yaml.
 */
export function checkRuleConfig(config: BoltConfig): void {
  for (const [id, severity] of Object.entries(config.rules ?? {})) {
    if (!RULES_BY_ID.has(id)) {
      const near = RULES.map((r) => r.id).sort((a, b) => distance(id, a) - distance(id, b))[0];
      const hint = near && distance(id, near) <= Math.max(3, id.length / 3) ? `did you mean \`${near}\`? (\`bolt validate --help\` lists the rules)` : 'see docs/rules.md for the rule ids';
      throw boltError('ConfigUnknownRule', { id }, { location: location(config, id), hint });
    }
    if (!SEVERITIES.includes(String(severity))) {
      throw boltError('ConfigUnknownSeverity', { id, severity: String(severity) }, { location: location(config, id) });
    }
  }
}

function toDiagnostic<M extends string>(rule: Rule<M>, severity: Severity, r: RuleReport<M>): Diagnostic {
  const message = rule.messages[r.message];
  const d: Diagnostic = { ruleId: rule.id, severity, message: interpolate(message.text, r.data), ...at(r.pos) };
  if (message.hint) d.hint = interpolate(message.hint, r.data);
  if (r.cause) {
    const where = r.cause.pos ? at(r.cause.pos) : r.cause.file ? { file: r.cause.file } : {};
    d.cause = { message: interpolate(rule.messages[r.cause.message].text, r.cause.data ?? r.data), ...where };
  }
  const fixes = r.fixes?.filter((f) => f.edits.length > 0);
  if (fixes && fixes.length > 0) d.fixes = fixes;
  return d;
}

/** Code-unit order, not locale order: the same on every machine. */
function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compare(a: Diagnostic, b: Diagnostic): number {
  return (
    order(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    order(a.ruleId, b.ruleId) ||
    order(a.message, b.message)
  );
}

/** Validates the loaded specs with the severities the config sets (unknown rule ids are exit-2 errors). */
export function validate(loaded: LoadedSpecs, config: BoltConfig = {}, memo: RunMemo = new RunMemo()): ValidationResult {
  checkRuleConfig(config);
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const configured = config.rules?.[rule.id];
    if (configured === 'off') continue;
    const severity: Severity = configured ?? rule.severity;
    rule.check({
      model: loaded.model,
      lock: loaded.lock,
      issues: loaded.issues,
      targets: config.targets ?? ['compose'],
      sources: loaded.sources,
      docsServe: config.docs?.serve ? { host: config.docs.serve.host ?? DOCS_SERVE_DEFAULTS.host, path: config.docs.serve.path ?? DOCS_SERVE_DEFAULTS.path } : undefined,
      memo,
      report: (r) => diagnostics.push(toDiagnostic(rule, severity, r)),
    });
  }
  const off = new Set(Object.entries(config.rules ?? {}).filter(([, s]) => s === 'off').map(([id]) => id));
  const own: Diagnostic[] = [];
  const kept = applySuppressions(diagnostics, loaded.model.suppressions ?? [], RULES.map((r) => r.id), off, (ruleId, message, data, pos) => {
    const rule = RULES_BY_ID.get(ruleId)!;
    const configured = config.rules?.[ruleId];
    if (configured !== 'off') own.push(toDiagnostic(rule, configured ?? rule.severity, { message, data, pos }));
  });
  kept.push(...own);
  kept.sort(compare);
  return { diagnostics: kept, summary: summarizeDiagnostics(kept) };
}

/** Sorts diagnostics as `validate` does (file, line, column, rule id, message). */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(compare);
}
