/**
 * The "Expected Health Response" check: every expected key present with an equal value (extra
 * keys are fine). Each mismatch names the field: `status: expected "healthy", got "degraded"`.
 */
import { isDeepStrictEqual } from 'node:util';

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compare(expected: Record<string, unknown>, actual: Record<string, unknown>, prefix: string, out: string[]): void {
  for (const [key, want] of Object.entries(expected)) {
    const path = `${prefix}${key}`;
    if (!Object.hasOwn(actual, key)) {
      out.push(`${path}: expected ${show(want)}, got nothing (missing)`);
      continue;
    }
    const got = actual[key];
    if (isRecord(want) && isRecord(got)) compare(want, got, `${path}.`, out);
    else if (!isDeepStrictEqual(want, got)) out.push(`${path}: expected ${show(want)}, got ${show(got)}`);
  }
}

/** The mismatches between a response body and the expected JSON object; empty when it matches. */
export function healthMismatches(expected: Record<string, unknown>, body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    const excerpt = body.trim().slice(0, 40).replace(/\s+/g, ' ');
    return [`body: expected JSON, got \`${excerpt}${body.trim().length > 40 ? '…' : ''}\``];
  }
  if (!isRecord(parsed)) return [`body: expected a JSON object, got ${show(parsed)}`];
  const out: string[] = [];
  compare(expected, parsed, '', out);
  return out;
}
