/** The reader's findings (`ParseIssue`s) forwarded as diagnostics by the rule that owns their id. */
import type { ParseIssue } from '../../model/diagnostics.js';
import type { RuleContext } from '../types.js';

/** Reports every issue of `ruleId` under `message` (a `{{message}}`/`{{hint}}` template), with `fallbackHint` when it has none. */
export function forwardIssues<M extends string>(ctx: RuleContext<M>, ruleId: ParseIssue['ruleId'], message: M, fallbackHint: string): void {
  for (const issue of ctx.issues) {
    if (issue.ruleId === ruleId) ctx.report({ message, data: { message: issue.message, hint: issue.hint ?? fallbackHint }, pos: issue.pos });
  }
}
