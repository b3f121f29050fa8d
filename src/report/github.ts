/**
 * The `github` reporter: GitHub Actions workflow commands
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`), which annotate the
 * pull request at the offending text. Info findings become `::notice`.
 */
import type { Diagnostic } from '../model/diagnostics.js';
import type { ValidationResult } from '../rules/validate.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes a command's message (the runner decodes `%25`, `%0D`, `%0A`). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (also `:` and `,`, which delimit properties). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(d: Diagnostic): string {
  const props: [string, string | number | undefined][] = [
    ['file', d.file],
    ['line', d.line],
    ['col', d.column],
    ['endLine', d.endLine],
    ['endColumn', d.endLine === d.line ? d.endColumn : undefined],
    ['title', d.ruleId],
  ];
  const properties = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  const related = d.cause ? `\nsee: ${d.cause.message}${d.cause.line !== undefined ? ` (${[d.cause.file, d.cause.line, d.cause.column].filter((p) => p !== undefined).join(':')})` : ''}` : '';
  const message = `${d.message}${d.hint ? `\nhint: ${d.hint}` : ''}${related}`;
  return `::${COMMAND[d.severity]} ${properties}::${escapeData(message)}`;
}

/** Renders one workflow command per diagnostic. */
export function formatGithub(result: ValidationResult): string {
  return result.diagnostics.map((d) => `${command(d)}\n`).join('');
}
