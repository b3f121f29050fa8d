/** `lock/missing-entry`: a pulled image has no entry in versions.lock. */
import { defineRule } from '../types.js';
import { fix, isFlowMap, yamlEdit } from '../lib/edits.js';
import { isPulled } from '../lib/model.js';
import { allContainers } from '../../model/query.js';

export const missingEntry = defineRule({
  id: 'lock/missing-entry',
  severity: 'error',
  description: 'A pulled image has no entry in versions.lock.',
  messages: {
    missing: { text: 'Unexpected image `{{image}}` of `{{name}}` without a pin in `{{lock}}`, expected an `images.{{name}}` entry', hint: 'add `{{name}}: { image: {{imageName}}, tag: "{{tag}}" }` under `images:` in {{lock}}' },
    lock: { text: '`{{lock}}` has no `{{name}}` entry' },
  },
  check(ctx) {
    const lock = ctx.lock;
    if (!lock) return;
    const pinned = new Set(lock.images.map((i) => i.service));
    for (const c of allContainers(ctx.model)) {
      if (!isPulled(c) || pinned.has(c.name)) continue;
      const data = { image: c.image.raw, name: c.name, lock: lock.file, imageName: c.image.name ?? c.image.raw, tag: c.image.tag ?? 'x.y.z' };
      // Only an image with a version is pinned by the fix (an untagged one is inventory/unpinned-image's to settle first).
      const edit =
        c.image.tag === undefined || c.image.tag === 'latest'
          ? undefined
          : yamlEdit(lock.file, ctx.sources[lock.file], (doc) => {
              const entry: Record<string, string> = { image: data.imageName, tag: c.image.tag! };
              if (c.image.digest) entry.digest = c.image.digest;
              const siblings = doc.getIn(['images']);
              const first = siblings && typeof siblings === 'object' && 'items' in siblings ? (siblings as { items: { key: unknown }[] }).items[0] : undefined;
              const node = doc.createNode(entry);
              // Written as its neighbours are: `name: { image: …, tag: "…" }` in the seed's style.
              node.flow = first ? isFlowMap(doc, ['images', String((first.key as { value?: unknown })?.value ?? '')]) : true;
              if (doc.getIn(['images']) == null) doc.set('images', doc.createNode({}));
              doc.setIn(['images', c.name], node);
            });
      const fixes = fix(`Pin \`${c.image.raw}\` for \`${c.name}\` in ${lock.file}`, edit);
      ctx.report({ message: 'missing', data, pos: c.image.pos ?? c.pos, cause: { message: 'lock', data, pos: undefined, file: lock.file }, fixes });
    }
  },
});
