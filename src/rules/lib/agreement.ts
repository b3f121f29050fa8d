/**
 * A value the spec writes in several places (the release version, the date): the first place that
 * states it is the reference, and each other place that differs is reported where it is written,
 * with the reference as the cause and a fix that writes the reference's value there.
 */
import type { Pos } from '../../model/schema.js';
import type { RuleContext } from '../types.js';
import { fix, replaceWithin } from './edits.js';

/** One place stating the value. */
export interface Statement {
  /** What the place is, as the message names it (`document version`). */
  what: string;
  value: string;
  pos: Pos | undefined;
}

/** How a rule compares and rewrites its value. */
export interface Agreement {
  /** The message placeholder that holds the differing value (`version`, `date`). */
  placeholder: string;
  /** The value as compared and as a fix writes it (`v1.2.0` → `1.2.0`). */
  canonical(value: string): string;
  /** The text a fix puts in place of `found`, the differing value as written (default: `expected`). */
  rewrite?(found: string, expected: string): string;
}

/** Reports each statement that disagrees with the first (`mismatch`, cause `reference`). */
export function reportDisagreements(ctx: RuleContext<'mismatch' | 'reference'>, statements: Statement[], agreement: Agreement): void {
  const [reference, ...others] = statements;
  if (!reference) return;
  const expected = agreement.canonical(reference.value);
  for (const s of others) {
    if (agreement.canonical(s.value) === expected) continue;
    const data = { what: s.what, [agreement.placeholder]: s.value, expected: reference.value, reference: reference.what };
    const replacement = agreement.rewrite ? (found: string) => agreement.rewrite!(found, expected) : expected;
    const fixes = fix(`Set the ${s.what} to \`${expected}\``, replaceWithin(ctx.sources, s.pos, s.value.trim(), replacement));
    ctx.report({ message: 'mismatch', data, pos: s.pos, cause: { message: 'reference', data, pos: reference.pos }, fixes });
  }
}
