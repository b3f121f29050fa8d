/** `mcp/unknown-example-tool`: a usage example calls a tool that no listed endpoint provides. */
import { assignToolNames } from '../../model/tool-names.js';
import { defineRule } from '../types.js';

export const unknownExampleTool = defineRule({
  id: 'mcp/unknown-example-tool',
  severity: 'warning',
  description: 'A usage example `mcp.call_tool("x", …)` names no tool derived from the listed endpoints.',
  messages: {
    unknown: { text: 'Unexpected tool `{{tool}}` in the usage example, expected a tool of a listed endpoint', hint: '{{hint}}' },
  },
  check(ctx) {
    const api = ctx.model.api;
    const usage = ctx.model.mcp?.usage;
    if (!api || !usage) return;
    const tools = assignToolNames(api.categories.flatMap((c) => c.endpoints));
    const known = new Set(tools.flatMap((t) => [t.name, t.alias]));
    for (const ex of usage.examples) {
      if (known.has(ex.tool)) continue;
      const prefix = ex.tool.split(/[._]/)[0] ?? '';
      const near = tools.filter((t) => t.alias.startsWith(`${prefix}.`)).map((t) => `\`${t.alias}\``);
      const hint = near.length > 0 ? `tools of \`${prefix}\`: ${near.slice(0, 6).join(', ')}` : 'use the name of a listed endpoint\'s tool, or list the endpoint under API Endpoints';
      ctx.report({ message: 'unknown', data: { tool: ex.tool, hint }, pos: ex.pos });
    }
  },
});
