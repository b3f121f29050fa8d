/** `lock/tag-mismatch`: the inventory's image or tag differs from versions.lock. */
import { defineRule } from '../types.js';
import { fix, yamlEdit } from '../lib/edits.js';
import { isPulled } from '../lib/model.js';
import { allContainers } from '../../model/query.js';

export const tagMismatch = defineRule({
  id: 'lock/tag-mismatch',
  severity: 'error',
  description: 'Inventory image/tag differs from versions.lock.',
  messages: {
    mismatch: { text: 'Unexpected pin `{{pinned}}` for `{{name}}`, expected `{{documented}}`{{note}} as the inventory says', hint: 'make the lock entry and the inventory cell agree (update whichever is stale)' },
    inventory: { text: 'the inventory lists `{{documented}}`{{note}} here' },
  },
  check(ctx) {
    if (!ctx.lock) return;
    const pins = new Map(ctx.lock.images.map((i) => [i.service, i]));
    for (const c of allContainers(ctx.model)) {
      const pin = pins.get(c.name);
      if (!pin || !isPulled(c)) continue;
      // An inventory image without a version (no tag, or `latest`) is inventory/unpinned-image's
      // finding, whose hint names the lock's pin: one root cause, one finding.
      // `postgres@sha256:…` is pinned by its digest: the tag is not stated, the digest is compared.
      const digestOnly = c.image.tag === undefined && c.image.digest !== undefined;
      if (pin.image === c.image.name && (c.image.tag === undefined || c.image.tag === 'latest') && !digestOnly) continue;
      const tag = c.image.tag ?? 'latest';
      const tagDiffers = !digestOnly && pin.tag !== tag;
      const digestDiffers = c.image.digest !== undefined && pin.digest !== undefined && c.image.digest !== pin.digest;
      if (pin.image === c.image.name && !tagDiffers && !digestDiffers) continue;
      const show = (name: string, t: string | undefined, digest?: string) => `${name}${t === undefined ? '' : `:${t}`}${digest && digestDiffers ? `@${digest}` : ''}`;
      const note = c.image.tag === undefined ? ' (no tag, implicitly `latest`)' : '';
      const data = { name: c.name, pinned: show(pin.image, pin.tag, pin.digest), documented: show(c.image.name ?? c.image.raw, c.image.tag, c.image.digest), note };
      // Point at the value that differs: the image name, else the tag, else the digest.
      const at = pin.image !== c.image.name ? pin.imagePos : tagDiffers ? pin.tagPos : pin.digestPos;
      // The fix writes the inventory's pin into the lock, through yaml's Document API (comments and layout kept).
      const lockFile = ctx.lock.file;
      const edit = yamlEdit(lockFile, ctx.sources[lockFile], (doc) => {
        const entry = ['images', c.name];
        if (pin.image !== c.image.name) doc.setIn([...entry, 'image'], c.image.name);
        if (tagDiffers) doc.setIn([...entry, 'tag'], tag);
        if (digestDiffers) doc.setIn([...entry, 'digest'], c.image.digest);
      });
      const fixes = fix(`Pin \`${data.documented}\` for \`${c.name}\` in ${lockFile}`, edit);
      ctx.report({ message: 'mismatch', data, pos: at ?? pin.pos, cause: { message: 'inventory', data, pos: c.image.pos ?? c.pos }, fixes });
    }
  },
});
