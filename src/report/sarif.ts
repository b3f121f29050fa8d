/**
 * The `sarif` reporter: one SARIF 2.1.0 log with one run. The driver lists every rule of the
 * registry with its docs (its section of the package's docs/rules.md) as help text (so code-scanning UIs can explain a finding), results carry
 * the configured level, the exact region and the related location. No timestamps: the same input
 * gives the same bytes.
 */
import type * as Sarif from 'sarif';
import type { Diagnostic, DiagnosticCause, Severity } from '../model/diagnostics.js';
import { VERSION } from '../paths.js';
import { fence, readRuleDocs, type RuleDocs } from '../rules/docs.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import type { ValidationResult } from '../rules/validate.js';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

/** The SARIF 2.1.0 schema URI written into `$schema`. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function descriptor(rule: Rule, docs: RuleDocs | undefined): Sarif.ReportingDescriptor {
  const { catches, example, fix } = docs ?? { catches: rule.description, example: '', fix: '' };
  return {
    id: rule.id,
    name: rule.id.replace(/[/-](\w)/g, (_, ch: string) => ch.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: catches },
    help: {
      text: `${catches}\n\nExample:\n${example}\n\nFix: ${fix}`,
      markdown: `${catches}\n\n**Example**\n\n${fence(example)}\n\n**Fix:** ${fix}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.id.split('/')[0]!] },
  };
}

function physical(at: Pick<DiagnosticCause, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>): Sarif.PhysicalLocation | undefined {
  if (at.file === undefined) return undefined;
  const location: Sarif.PhysicalLocation = { artifactLocation: { uri: encodeURI(at.file), uriBaseId: '%SRCROOT%' } };
  if (at.line !== undefined) {
    const region: Sarif.Region = { startLine: at.line };
    if (at.column !== undefined) region.startColumn = at.column;
    if (at.endLine !== undefined) region.endLine = at.endLine;
    if (at.endColumn !== undefined) region.endColumn = at.endColumn;
    location.region = region;
  }
  return location;
}

function result(d: Diagnostic, index: Map<string, number>): Sarif.Result {
  const r: Sarif.Result = {
    ruleId: d.ruleId,
    level: LEVEL[d.severity],
    message: { text: d.hint ? `${d.message}. Hint: ${d.hint}` : d.message },
  };
  const ruleIndex = index.get(d.ruleId);
  if (ruleIndex !== undefined) r.ruleIndex = ruleIndex;
  const where = physical(d);
  if (where) r.locations = [{ physicalLocation: where }];
  const related = d.cause ? physical(d.cause) : undefined;
  if (d.cause && related) r.relatedLocations = [{ id: 1, physicalLocation: related, message: { text: d.cause.message } }];
  return r;
}

/** Builds the SARIF log object. */
export function toSarif(result_: ValidationResult): Sarif.Log {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const docs = readRuleDocs();
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'bolt', fullName: 'Bolt Lab spec validator', version: VERSION, semanticVersion: VERSION, rules: RULES.map((r) => descriptor(r, docs.get(r.id))) } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The spec repository (the working directory of `bolt validate`).' } } },
        columnKind: 'utf16CodeUnits',
        results: result_.diagnostics.map((d) => result(d, index)),
      },
    ],
  };
}

/** Renders the SARIF log as JSON. */
export function formatSarif(result_: ValidationResult): string {
  return `${JSON.stringify(toSarif(result_), null, 2)}\n`;
}
