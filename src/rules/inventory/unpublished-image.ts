/** `inventory/unpublished-image`: an image reference the catalogue knows is not published. */
import { imageOf, unpublished } from '../../images/wiring.js';
import { allContainers } from '../../model/query.js';
import { defineRule } from '../types.js';

export const unpublishedImage = defineRule({
  id: 'inventory/unpublished-image',
  severity: 'warning',
  description: 'An image tag that its repository never published, because the image moved (the catalogue knows the last tag and the replacement).',
  docs: {
    catches:
      'A container whose image (versions.lock\'s pin, else the inventory\'s) is a repository that stopped being published, at a tag newer than ' +
      'the last one it published: `vault:1.15` (HashiCorp published the official `vault` image up to 1.13.3; later versions are only ' +
      '`hashicorp/vault`). `docker compose pull` fails and the service never starts. The image catalogue (`src/images/`) records each ' +
      'move with its source.',
    example: '| `vault` | `vault:1.15` | 8200 | Secret management | 🟡 Planned |',
    fix: 'Use the replacement repository at the same tag (`hashicorp/vault:1.15`) in the inventory and in versions.lock.',
  },
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
