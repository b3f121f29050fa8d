/**
 * Release stamping: the snapshot's `os.md` carries the release as its header version and the
 * release date as its header date. The date is never "today": `--date`, else the changelog date
 * of the release, else the header's own date — so the same inputs always give the same snapshot.
 */
import type { KeyValue, SpecModel } from '../model/schema.js';

/** The release's date and where it came from, plus warnings to print. */
export interface ReleaseDate {
  date?: string | undefined;
  source: 'flag' | 'changelog' | 'header' | 'none';
  warnings: string[];
}

/** Chooses the date of `release` (see the module comment) and notes a missing changelog entry. */
export function releaseDate(model: SpecModel, release: string, flag?: string): ReleaseDate {
  const entry = model.changelog.find((e) => e.version === release);
  const warnings = entry
    ? []
    : [`The changelog has no entry for \`${release}\`, expected a \`### **v${release}** (YYYY-MM-DD)\` heading under Change Log`];
  if (flag !== undefined) return { date: flag, source: 'flag', warnings };
  if (entry?.date !== undefined) return { date: entry.date, source: 'changelog', warnings };
  if (model.header?.date !== undefined) return { date: model.header.date, source: 'header', warnings };
  return { source: 'none', warnings: [...warnings, 'No release date found, expected `--date`, a changelog date or a header `**Date:**`'] };
}

function setField(fields: KeyValue[], key: string, value: string): KeyValue[] {
  const field: KeyValue = { key, value, text: value };
  const at = fields.findIndex((f) => f.key.toLowerCase() === key.toLowerCase());
  if (at < 0) return [...fields, field];
  return fields.map((f, i) => (i === at ? { ...field, key: f.key } : f));
}

/** A copy of the model whose header says `Version: release` and `Date: date`. */
export function stampRelease(model: SpecModel, release: string, date: string | undefined, name = 'OS'): SpecModel {
  const header = model.header ?? { name, fields: [] };
  let fields = setField(header.fields, 'Version', release);
  if (date !== undefined) fields = setField(fields, 'Date', date);
  return { ...model, header: { ...header, fields, version: release, ...(date !== undefined ? { date } : {}) } };
}
