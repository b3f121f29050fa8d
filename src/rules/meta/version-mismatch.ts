/** `meta/version-mismatch`: document version, API version, newest changelog entry and versions.lock disagree. */
import type { Pos } from '../../model/schema.js';
import { defineRule } from '../types.js';
import { fix, replaceWithin } from '../lib/edits.js';
import { fieldPos, normalizeVersion } from '../lib/model.js';
import { newestEntry } from '../lib/changelog.js';

interface Source {
  what: string;
  version: string;
  pos: Pos | undefined;
}

export const versionMismatch = defineRule({
  id: 'meta/version-mismatch',
  severity: 'warning',
  description: 'Document version, API version, newest changelog entry and versions.lock disagree.',
  messages: {
    mismatch: { text: 'Unexpected {{what}} `{{version}}`, expected `{{expected}}` as the {{reference}} says', hint: 'bump every version together: header, API section, Change Log and versions.lock' },
    reference: { text: 'the {{reference}} says `{{expected}}` here' },
  },
  check(ctx) {
    const { header, api, changelog } = ctx.model;
    const sources: Source[] = [];
    if (header?.version) sources.push({ what: 'document version', version: header.version, pos: fieldPos(header.fields, 'Version', header.pos) });
    if (api?.version) sources.push({ what: 'API version', version: api.version, pos: api.versionPos ?? api.pos });
    const newest = newestEntry(changelog);
    if (newest) sources.push({ what: 'newest Change Log version', version: newest.version, pos: newest.pos });
    if (ctx.lock?.os) sources.push({ what: '`os.version` in versions.lock', version: ctx.lock.os.version, pos: ctx.lock.os.pos });
    const [reference, ...others] = sources;
    if (!reference) return;
    for (const s of others) {
      if (normalizeVersion(s.version) === normalizeVersion(reference.version)) continue;
      const data = { what: s.what, version: s.version, expected: reference.version, reference: reference.what };
      // The version as written in the span (with or without its `v`) becomes the reference's, in the same style.
      const expected = normalizeVersion(reference.version);
      const fixes = fix(`Set the ${s.what} to \`${expected}\``, replaceWithin(ctx.sources, s.pos, s.version.trim(), (found) => (/^v/i.test(found) ? `${found[0]}${expected}` : expected)));
      ctx.report({ message: 'mismatch', data, pos: s.pos, cause: { message: 'reference', data, pos: reference.pos }, fixes });
    }
  },
});
