/** `api/tool-name-invalid`: an endpoint's MCP tool name would be longer than 64 characters. */
import { assignToolNames } from '../../model/tool-names.js';
import { defineRule } from '../types.js';

export const toolNameInvalid = defineRule({
  id: 'api/tool-name-invalid',
  severity: 'error',
  description: 'An endpoint’s MCP tool name would be longer than the 64 characters MCP clients accept.',
  messages: {
    long: { text: 'Unexpected tool name `{{full}}` of {{length}} characters, expected at most 64', hint: 'shorten the category or the path (the generated tool is named `{{name}}` until then)' },
  },
  check(ctx) {
    const endpoints = ctx.model.api?.categories.flatMap((c) => c.endpoints) ?? [];
    for (const n of assignToolNames(endpoints)) {
      if (n.tooLong) ctx.report({ message: 'long', data: { full: n.tooLong, length: n.tooLong.length, name: n.name }, pos: n.endpoint.pos });
    }
  },
});
