/** `meta/version-mismatch`: document version, API version, newest changelog entry and versions.lock disagree. */
import { defineRule } from '../types.js';
import { reportDisagreements, type Statement } from '../lib/agreement.js';
import { fieldPos, normalizeVersion } from '../lib/model.js';
import { newestEntry } from '../lib/changelog.js';

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
    const versions: Statement[] = [];
    if (header?.version) versions.push({ what: 'document version', value: header.version, pos: fieldPos(header.fields, 'Version', header.pos) });
    if (api?.version) versions.push({ what: 'API version', value: api.version, pos: api.versionPos ?? api.pos });
    const newest = newestEntry(changelog);
    if (newest) versions.push({ what: 'newest Change Log version', value: newest.version, pos: newest.pos });
    if (ctx.lock?.os) versions.push({ what: '`os.version` in versions.lock', value: ctx.lock.os.version, pos: ctx.lock.os.pos });
    // The version as written in the span (with or without its `v`) becomes the reference's, in the same style.
    reportDisagreements(ctx, versions, { placeholder: 'version', canonical: normalizeVersion, rewrite: (found, expected) => (/^v/i.test(found) ? `${found[0]}${expected}` : expected) });
  },
});
