/** `inventory/unpinned-image`: an image tag is `latest` or missing. */
import { defineRule } from '../types.js';
import { fix, replaceWithin } from '../lib/edits.js';
import { isPulled } from '../lib/model.js';
import { allContainers } from '../../model/query.js';

export const unpinnedImage = defineRule({
  id: 'inventory/unpinned-image',
  severity: 'warning',
  description: 'An image tag is `latest` or missing.',
  messages: {
    latest: { text: 'Unexpected tag `latest` on image `{{image}}` of `{{name}}`, expected a pinned version', hint: '{{hint}}' },
    missing: { text: 'Unexpected image `{{image}}` of `{{name}}` without a tag (implicitly `latest`), expected a pinned version', hint: '{{hint}}' },
  },
  check(ctx) {
    for (const c of allContainers(ctx.model)) {
      if (!isPulled(c) || c.image.digest !== undefined) continue;
      const tag = c.image.tag;
      if (tag !== undefined && tag !== 'latest') continue;
      const pin = ctx.lock?.images.find((i) => i.service === c.name && i.image === c.image.name && i.tag !== 'latest');
      const hint = pin ? `versions.lock pins \`${pin.image}:${pin.tag}\`: write that in the inventory` : 'pin a version tag (and the same in versions.lock), or add `@sha256:…`';
      // With a pin in versions.lock the fix writes it into the inventory cell (the image reference only).
      const fixes = pin ? fix(`Pin \`${pin.image}:${pin.tag}\` as versions.lock does`, replaceWithin(ctx.sources, c.image.pos, c.image.raw, `${pin.image}:${pin.tag}`)) : [];
      ctx.report({ message: tag === undefined ? 'missing' : 'latest', data: { image: c.image.name ?? c.image.raw, name: c.name, hint }, pos: c.image.pos ?? c.pos, fixes });
    }
  },
});
