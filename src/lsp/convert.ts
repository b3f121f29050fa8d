/**
 * Bolt diagnostics as LSP diagnostics: 1-based line/column (UTF-16 units, as JavaScript strings
 * count) become 0-based positions; `code` is the rule id with `codeDescription.href` to its entry
 * in docs/rules.md; the `cause` becomes related information.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic as LspDiagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver/node';
import type { Diagnostic, Span, TextEdit } from '../model/diagnostics.js';
import { packagePath } from '../paths.js';
import { ruleAnchor } from '../rules/docs.js';

const SEVERITY: Record<Diagnostic['severity'], DiagnosticSeverity> = { error: 1, warning: 2, info: 3 };

/** The file URI of a workspace-relative path. */
export function uriOf(cwd: string, file: string): string {
  return pathToFileURL(isAbsolute(file) ? file : resolve(cwd, file)).href;
}

/** The workspace-relative path of a file URI (forward slashes), or undefined for another scheme. */
export function fileOf(cwd: string, uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  return relative(cwd, fileURLToPath(uri)).split('\\').join('/');
}

/** The 0-based range of a span; a span without an end is the start position (a file without a line is 0:0). */
export function rangeOf(span: Span): Range {
  const line = Math.max((span.line ?? 1) - 1, 0);
  const character = Math.max((span.column ?? 1) - 1, 0);
  const endLine = span.endLine !== undefined ? Math.max(span.endLine - 1, 0) : line;
  const endCharacter = span.endColumn !== undefined ? Math.max(span.endColumn - 1, 0) : character;
  return { start: { line, character }, end: { line: endLine, character: endCharacter } };
}

/** The range of a fix's edit. */
export function editRange(e: TextEdit): Range {
  return rangeOf(e);
}

/** Where a rule is documented: the package's docs/rules.md at the rule's heading. */
export function ruleHref(ruleId: string): string {
  return `${pathToFileURL(packagePath('docs', 'rules.md')).href}#${ruleAnchor(ruleId)}`;
}

/** One Bolt diagnostic as the LSP publishes it. */
export function toLsp(cwd: string, d: Diagnostic): LspDiagnostic {
  const out: LspDiagnostic = {
    range: rangeOf(d),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    source: 'bolt',
    message: d.hint ? `${d.message}\n(hint: ${d.hint})` : d.message,
  };
  if (!d.ruleId.startsWith('bolt/')) out.codeDescription = { href: ruleHref(d.ruleId) };
  if (d.cause?.file) out.relatedInformation = [{ location: { uri: uriOf(cwd, d.cause.file), range: rangeOf(d.cause) }, message: d.cause.message }];
  return out;
}
