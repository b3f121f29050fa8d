/** `api/duplicate-endpoint`: the same path is listed twice. */
import type { Endpoint } from '../../model/schema.js';
import { sameEndpoint } from '../../model/tool-names.js';
import { defineRule } from '../types.js';

export const duplicateEndpoint = defineRule({
  id: 'api/duplicate-endpoint',
  severity: 'error',
  description: 'The same path is listed twice.',
  docs: {
    catches:
      'An endpoint path listed twice, in one category or two. Each listed endpoint becomes one MCP tool, so a duplicate yields two tools for one route. ' +
      'Two entries with different explicit methods (`GET /items`, `POST /items`) are different endpoints.',
    example: '- `core`: `/health`, `/contacts`\n- `crm`: `/contacts`',
    fix: 'Remove the second entry, or give the two explicit, different methods.',
  },
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
