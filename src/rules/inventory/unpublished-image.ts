/** `inventory/unpublished-image`: an image reference the catalogue knows is not published. */
import { imageOf, unpublished } from '../../images/wiring.js';
import { allContainers } from '../../model/query.js';
import { defineRule } from '../types.js';

export const unpublishedImage = defineRule({
  id: 'inventory/unpublished-image',
  severity: 'warning',
  description: 'An image tag that its repository never published, because the image moved (the catalogue knows the last tag and the replacement).',
  messages: {
    moved: {
      text: 'Unexpected unpublished image `{{image}}` of `{{name}}`, expected `{{replacement}}`: {{note}} (last tag {{lastTag}})',
      hint: 'write `{{replacement}}` in the inventory and pin it in versions.lock',
    },
  },
  check(ctx) {
    for (const c of allContainers(ctx.model)) {
      if (c.status === 'deprecated') continue;
      const image = imageOf(c, ctx.lock);
      const gone = unpublished(image);
      if (!gone || !image) continue;
      const pin = ctx.lock?.images.find((p) => p.service === c.name);
      // At the inventory cell, unless versions.lock pins something else (then the pin is what runs).
      const pos = pin && (pin.image !== c.image.name || pin.tag !== c.image.tag) ? (pin.imagePos ?? pin.pos) : (c.image.pos ?? c.pos);
      ctx.report({ message: 'moved', data: { image, name: c.name, replacement: gone.replacement, note: gone.note, lastTag: gone.lastTag ?? 'unknown' }, pos });
    }
  },
});
