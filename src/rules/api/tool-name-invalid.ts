/** `api/tool-name-invalid`: an endpoint's MCP tool name would be longer than 64 characters. */
import { assignToolNames } from '../../model/tool-names.js';
import { defineRule } from '../types.js';

export const toolNameInvalid = defineRule({
  id: 'api/tool-name-invalid',
  severity: 'error',
  description: 'An endpoint’s MCP tool name would be longer than the 64 characters MCP clients accept.',
  docs: {
    catches:
      'Tool names must match `^[a-z][a-z0-9_]{0,63}$`. A long category and path give a longer name; the generators shorten it with a stable hash ' +
      '(`…_1a2b3c`) so a forced build still works, but the name no longer says what the tool does.',
    example: '- `core`: `/reports/monthly/accounts-receivable/aging/by-customer/with-collections-history`',
    fix: 'Shorten the category or the path.',
  },
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
