/**
 * The baseline (`.bolt-baseline.json`, schema `schemas/baseline.schema.json`): findings accepted
 * as they are, so that `bolt validate` reports only new ones on a legacy spec. An entry is matched
 * by rule id, file and a fingerprint of the offending text (not its line: edits elsewhere in the
 * file keep it valid); an entry that matches nothing is reported (`baseline/stale-entry`) so the
 * file shrinks over time. Fingerprints hash the redacted text: no secret value is ever hashed.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { boltError } from '../errors/index.js';
import { type Diagnostic, summarizeDiagnostics } from '../model/diagnostics.js';
import { displayPath } from '../paths.js';
import { parseYamlFile, validateYaml } from '../read/yaml-file.js';
import { RULES_BY_ID } from '../rules/index.js';
import { interpolate } from '../rules/types.js';
import { sortDiagnostics, type ValidationResult } from '../rules/validate.js';
import type { BoltConfig } from '../config.js';

/** The default baseline file, used when present. */
export const DEFAULT_BASELINE = '.bolt-baseline.json';

/** One accepted finding. */
export interface BaselineEntry {
  ruleId: string;
  file: string;
  fingerprint: string;
  message?: string | undefined;
}

/** The file's content. */
export interface Baseline {
  schema: 1;
  entries: BaselineEntry[];
}

/** A baseline as read: its display path and text (for positions), and its content. */
export interface LoadedBaseline {
  file: string;
  text: string;
  baseline: Baseline;
}

/** The offending text of a finding (its span in the redacted source), blanks collapsed; else its message. */
function offendingText(d: Diagnostic, sources: Readonly<Record<string, string>>): string {
  const text = d.file !== undefined ? sources[d.file] : undefined;
  if (text === undefined || d.line === undefined) return d.message;
  const endLine = d.endLine ?? d.line;
  const slice = text.split('\n').slice(d.line - 1, endLine);
  if (slice.length === 0) return d.message;
  const last = slice.length - 1;
  if (d.endColumn !== undefined) slice[last] = slice[last]!.slice(0, d.endColumn - 1);
  slice[0] = slice[0]!.slice((d.column ?? 1) - 1);
  const span = slice.join('\n').replace(/\s+/g, ' ').trim();
  return span === '' ? d.message : span;
}

/** The fingerprint of a finding: sha256 of rule id, file and offending text, first 16 hex digits. */
export function fingerprint(d: Diagnostic, sources: Readonly<Record<string, string>>): string {
  return createHash('sha256').update(`${d.ruleId}\0${d.file ?? ''}\0${offendingText(d, sources)}`).digest('hex').slice(0, 16);
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A baseline accepting every finding of `result` (except stale-entry findings), sorted. */
export function createBaseline(result: ValidationResult, sources: Readonly<Record<string, string>>): Baseline {
  const entries = result.diagnostics
    .filter((d) => d.ruleId !== 'baseline/stale-entry')
    .map((d) => ({ ruleId: d.ruleId, file: d.file ?? '', fingerprint: fingerprint(d, sources), message: d.message }));
  entries.sort((a, b) => order(a.file, b.file) || order(a.ruleId, b.ruleId) || order(a.fingerprint, b.fingerprint) || order(a.message, b.message));
  return { schema: 1, entries };
}

/** The file text of a baseline: JSON, two-space indent, trailing newline (deterministic). */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify({ $schema: 'https://smarterbot.cl/schemas/bolt-lab/baseline.schema.json', ...baseline }, null, 2)}\n`;
}

/** Parses and validates baseline text (exit 2, at the offending line, when it is not a baseline). */
export function parseBaseline(file: string, text: string): LoadedBaseline {
  const y = parseYamlFile(file, text); // JSON is YAML: positioned syntax errors for free
  validateYaml(y, 'baseline.schema.json');
  return { file, text, baseline: y.value as Baseline };
}

/** Reads the baseline at `path`; a missing file is `undefined` unless `required`. */
export async function readBaseline(cwd: string, path: string, required: boolean): Promise<LoadedBaseline | undefined> {
  const file = displayPath(cwd, path);
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return undefined;
    throw boltError('BaselineUnreadable', { reason: (error as Error).message }, { location: { file } });
  }
  return parseBaseline(file, text);
}

/** 1-based line and column span of entry `i` in the baseline's text. */
function entryPos(loaded: LoadedBaseline, i: number): { line: number; column: number; endLine: number; endColumn: number } | Record<string, never> {
  const tree = parseTree(loaded.text);
  const node = tree && findNodeAtLocation(tree, ['entries', i]);
  if (!node) return {};
  const at = (offset: number) => {
    const before = loaded.text.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
  };
  const a = at(node.offset);
  const b = at(node.offset + node.length);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/**
 * The findings the baseline does not accept, plus a `baseline/stale-entry` finding for each entry
 * that accepted nothing. Each entry accepts one finding (equal fingerprints count).
 */
export function applyBaseline(result: ValidationResult, loaded: LoadedBaseline, sources: Readonly<Record<string, string>>, config: BoltConfig = {}): ValidationResult {
  const waiting = new Map<string, number[]>();
  loaded.baseline.entries.forEach((e, i) => {
    const key = `${e.ruleId}\0${e.file}\0${e.fingerprint}`;
    waiting.set(key, [...(waiting.get(key) ?? []), i]);
  });
  const kept = result.diagnostics.filter((d) => {
    const list = waiting.get(`${d.ruleId}\0${d.file ?? ''}\0${fingerprint(d, sources)}`);
    if (!list || list.length === 0) return true;
    list.shift();
    return false;
  });
  const rule = RULES_BY_ID.get('baseline/stale-entry')!;
  const configured = config.rules?.['baseline/stale-entry'];
  if (configured !== 'off') {
    const stale = [...waiting.values()].flat().sort((a, b) => a - b);
    for (const i of stale) {
      const e = loaded.baseline.entries[i]!;
      const data = { rule: e.ruleId, file: e.file, baseline: loaded.file };
      const message = rule.messages.stale!;
      kept.push({ ruleId: rule.id, severity: configured ?? rule.severity, message: interpolate(message.text, data), hint: interpolate(message.hint ?? '', data), file: loaded.file, ...entryPos(loaded, i) });
    }
  }
  sortDiagnostics(kept);
  return { diagnostics: kept, summary: summarizeDiagnostics(kept) };
}
