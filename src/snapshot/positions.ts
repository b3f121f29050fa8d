/**
 * Model comparison "positions aside": `stripPositions` drops every source position, and
 * `comparable` also forgets which file the model was read from, so that the model of `specs/os.md`
 * and the model of `out/os.md` can be compared with a deep equality.
 */
import type { SpecModel } from '../model/schema.js';

// Every position field is `pos` or `…Pos` (`namePos`, `valuePos`, `datePos`…), including ones added later.
const isPositionKey = (key: string) => key === 'pos' || key.endsWith('Pos');

/** A deep copy of `value` without position fields (`pos`, `namePos`, `valuePos` …) and undefined values. */
export function stripPositions<T>(value: T): T {
  return strip(value) as T;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (isPositionKey(k) || v === undefined) continue;
    out[k] = strip(v);
  }
  return out;
}

/**
 * The model as the round trip promises to keep it: positions stripped and `files` dropped. A
 * redacted secret round-trips as its mask (`•••••`, `sk_live_•••`), which reads back as the same
 * literal, so `literal` is compared too.
 */
export function comparable(model: SpecModel): Omit<SpecModel, 'files'> {
  const { files: _files, ...rest } = stripPositions(model);
  return rest;
}
