/** `lock/orphan-entry`: versions.lock pins a service the inventory lacks. */
import { defineRule } from '../types.js';
import { allContainers } from '../../model/query.js';

export const orphanEntry = defineRule({
  id: 'lock/orphan-entry',
  severity: 'warning',
  description: 'versions.lock pins a service that the inventory lacks.',
  messages: {
    orphan: { text: 'Unexpected pin `{{name}}`, expected a container of that name in the inventory', hint: 'remove the entry from versions.lock, or rename it to the container it pins' },
  },
  check(ctx) {
    if (!ctx.lock) return;
    const names = new Set(allContainers(ctx.model).map((c) => c.name));
    for (const entry of ctx.lock.images) {
      if (names.has(entry.service)) continue;
      ctx.report({ message: 'orphan', data: { name: entry.service }, pos: entry.pos });
    }
  },
});
