/**
 * The "generated — do not edit" line every output that allows comments starts with. It names the
 * spec files (never a timestamp), so that the same input gives byte-identical output.
 */
import type { SpecModel } from '../../src/model/schema.js';

/** `generated from specs/os.md — do not edit; run \`bolt build\` to regenerate`. */
export function generatedNote(model: SpecModel): string {
  const sources = model.files.length > 0 ? model.files.join(', ') : 'the specs';
  return `generated from ${sources} by Bolt Lab — do not edit; change the spec and run \`bolt build\``;
}

/** The note as `#` comment lines (YAML, Caddyfile, dotenv). */
export function hashComment(model: SpecModel): string {
  return `# ${generatedNote(model).replace(/\r?\n/g, ' ')}`;
}
