/**
 * The rule framework: a rule is data (id, default severity, description, messages declared up
 * front; its prose docs are its section of docs/rules.md, `./docs.ts`) plus a `check(ctx)` that reports against model entities. The engine
 * (`src/validate.ts`) turns reports into diagnostics with the configured severity.
 */
import type { Fix, Severity } from '../model/diagnostics.js';
import type { Lock, Pos, SpecModel } from '../model/schema.js';
import type { ParseIssue } from '../model/diagnostics.js';
import type { RunMemo } from '../memo.js';

/** A message template (`{{name}}` placeholders) and the hint shown with it. */
export interface RuleMessage {
  text: string;
  hint?: string | undefined;
}

/** Values interpolated into a message template. */
export type MessageData = Record<string, string | number>;

/** One finding as a rule reports it. */
export interface RuleReport<M extends string> {
  message: M;
  data?: MessageData | undefined;
  /** Where the offending text is; absent when the model carries no position. */
  pos: Pos | undefined;
  /** The other location involved ("first defined at line 16"). */
  cause?: { message: M; data?: MessageData | undefined; pos: Pos | undefined; file?: string | undefined } | undefined;
  /** Mechanical fixes, computed against positions (see `lib/edits.ts`); never over a masked secret. */
  fixes?: Fix[] | undefined;
}

/** What `check` receives. */
export interface RuleContext<M extends string = string> {
  model: SpecModel;
  lock: Lock | undefined;
  /** Findings of the reader (`spec/unparsed`, `encoding/mojibake`), forwarded by their rules. */
  issues: ParseIssue[];
  /** The deploy targets the build writes (`targets:` in bolt.config.yaml; default `compose`). */
  targets: readonly string[];
  /** File → source text (spec files redacted, versions.lock as read), for rules that compute fixes. */
  sources: Readonly<Record<string, string>>;
  /** Where `docs.serve` in bolt.config.yaml puts the docs site (host and path), when it is on. */
  docsServe?: { host: string; path: string } | undefined;
  /** The validation run's memo: what several rules consult (the wiring) is computed once. */
  memo?: RunMemo | undefined;
  report(report: RuleReport<M>): void;
}

/** A lint rule. */
export interface Rule<M extends string = string> {
  /** `group/name`, a contract: the file is `src/rules/<group>/<name>.ts`. */
  id: string;
  /** Default severity (a config can override it or turn the rule off). */
  severity: Severity;
  /** One line: when it fires. */
  description: string;
  messages: Record<M, RuleMessage>;
  check(ctx: RuleContext<M>): void;
}

/** Declares a rule with its message ids checked by the compiler. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Fills `{{name}}` placeholders; a missing value is a bug in the rule, so it throws. */
export function interpolate(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`Message placeholder \`${name}\` has no value`);
    return String(value);
  });
}
