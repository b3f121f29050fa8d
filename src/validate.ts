/**
 * Static validation: runs every rule of the registry over the loaded specs (placeholder until the
 * rule catalogue lands: it reports only what the reader noted).
 */
import type { BoltConfig } from './config.js';
import { at, type Diagnostic, summarizeDiagnostics } from './diagnostics.js';
import type { LoadedSpecs } from './parse/load.js';

/** The result of validating: diagnostics in file/line order and their counts. */
export interface ValidationResult {
  diagnostics: Diagnostic[];
  summary: { errors: number; warnings: number; infos: number };
}

/** Validates the loaded specs with the severities the config sets. */
export function validate(loaded: LoadedSpecs, _config: BoltConfig = {}): ValidationResult {
  const diagnostics: Diagnostic[] = loaded.issues.map((i) => ({
    ruleId: i.ruleId,
    severity: i.ruleId === 'encoding/mojibake' ? 'error' : 'warning',
    message: i.message,
    hint: i.hint,
    ...at(i.pos),
  }));
  return { diagnostics, summary: summarizeDiagnostics(diagnostics) };
}
