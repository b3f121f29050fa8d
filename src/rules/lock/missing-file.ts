/** `lock/missing-file`: the inventory pulls images but there is no versions.lock to pin them. */
import { defineRule } from '../types.js';
import { isPulled } from '../lib/model.js';
import { allContainers } from '../../model/query.js';

export const missingFile = defineRule({
  id: 'lock/missing-file',
  severity: 'warning',
  description: 'The inventory pulls images but no versions.lock pins them.',
  messages: {
    missing: { text: 'Unexpected inventory of {{count}} pulled images without a versions.lock, expected one pinning them', hint: 'create specs/versions.lock (`schema: 1`, `images: { <container>: { image, tag } }`), or pass `--lock FILE`' },
  },
  check(ctx) {
    if (ctx.lock) return;
    const pulled = allContainers(ctx.model).filter(isPulled);
    if (pulled.length === 0) return;
    ctx.report({ message: 'missing', data: { count: pulled.length }, pos: ctx.model.inventory?.pos });
  },
});
