/** `api/tool-name-collision`: two endpoints would become MCP tools of the same name. */
import { assignToolNames } from '../../model/tool-names.js';
import { defineRule } from '../types.js';

export const toolNameCollision = defineRule({
  id: 'api/tool-name-collision',
  severity: 'error',
  description: 'Two listed endpoints would become MCP tools of the same name.',
  messages: {
    collision: {
      text: 'Unexpected tool name `{{name}}` for `{{endpoint}}`, expected a name no other endpoint has',
      hint: 'rename one of the paths (the generated tool is numbered `{{numbered}}` until then)',
    },
    first: { text: '`{{first}}` has the name `{{name}}`' },
  },
  check(ctx) {
    const endpoints = ctx.model.api?.categories.flatMap((c) => c.endpoints) ?? [];
    const names = assignToolNames(endpoints);
    const nameOf = new Map(names.map((n) => [n.endpoint, n.name]));
    for (const n of names) {
      if (!n.collidesWith || n.duplicate) continue; // a duplicate endpoint is api/duplicate-endpoint's finding
      const first = n.collidesWith;
      const label = (e: typeof first) => `${e.method ? `${e.method} ` : ''}${e.path}`;
      const data = { name: nameOf.get(first) ?? n.name, endpoint: label(n.endpoint), first: label(first), numbered: n.name };
      ctx.report({ message: 'collision', data, pos: n.endpoint.pos, cause: { message: 'first', data, pos: first.pos } });
    }
  },
});
