/** `api/tool-name-collision`: two endpoints would become MCP tools of the same name. */
import { assignToolNames } from '../../model/tool-names.js';
import { defineRule } from '../types.js';

export const toolNameCollision = defineRule({
  id: 'api/tool-name-collision',
  severity: 'error',
  description: 'Two listed endpoints would become MCP tools of the same name.',
  docs: {
    catches:
      'Tool names come from the category and the path (`/odoo/search_read` in `odoo` → `odoo_search_read`), so two paths that differ only in punctuation (`/search-read`, `/search_read`) ' +
      'or a category prefix would give one name twice. Several explicit methods of one path are not a collision: they get a method word each (`GET /orders` → `orders_list`, `POST /orders` → `orders_create`). ' +
      'The generators keep the first name and number the later ones (`_2`), so a forced build still works, but an agent cannot tell the tools apart.',
    example: '- `odoo`: `/odoo/search-read`, `/odoo/search_read`',
    fix: 'Rename one of the paths, or give both endpoints explicit, different methods (`GET /path`, `POST /path`).',
  },
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
