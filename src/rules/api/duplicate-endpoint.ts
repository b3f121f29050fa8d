/** `api/duplicate-endpoint`: the same path is listed twice. */
import type { Endpoint } from '../../model/schema.js';
import { sameEndpoint } from '../../model/tool-names.js';
import { defineRule } from '../types.js';

export const duplicateEndpoint = defineRule({
  id: 'api/duplicate-endpoint',
  severity: 'error',
  description: 'The same path is listed twice.',
  messages: {
    duplicate: { text: 'Unexpected duplicate endpoint `{{endpoint}}`, expected each path once', hint: 'remove the second entry, or prefix both with their methods (`GET /path`, `POST /path`)' },
    first: { text: '`{{endpoint}}` first listed here (category `{{category}}`)' },
  },
  check(ctx) {
    const seen = new Map<string, Endpoint[]>();
    for (const cat of ctx.model.api?.categories ?? []) {
      for (const e of cat.endpoints) {
        const same = seen.get(e.path) ?? [];
        const first = same.find((o) => sameEndpoint(o, e));
        same.push(e);
        seen.set(e.path, same);
        if (!first) continue;
        const endpoint = `${e.method ? `${e.method} ` : ''}${e.path}`;
        ctx.report({ message: 'duplicate', data: { endpoint }, pos: e.pos, cause: { message: 'first', data: { endpoint, category: first.category }, pos: first.pos } });
      }
    }
  },
});
