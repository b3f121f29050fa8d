import { api, loc, ruleTester, spec } from '../tester.js';

const usage = (...calls: string[]) => ['## MCP Integration', '', '### Usage Example', '', '```python', ...calls, '```', ''].join('\n');
const endpoints = api({ odoo: ['/odoo/search_read', '/odoo/create'], core: ['/health'] });
const bad = spec(endpoints, usage('r = mcp.call_tool("odoo.search", {"model": "res.partner"})', 'r = mcp.call_tool("crm_list", {})'));

ruleTester('mcp/unknown-example-tool', {
  valid: [{ name: 'alias and portable name', spec: spec(endpoints, usage('mcp.call_tool("odoo.search_read", {"limit": 1})', "mcp.call_tool('core_health', {})")) }],
  invalid: [
    {
      spec: bad,
      errors: [
        { ...loc(bad, 'odoo.search"'), message: /tool `odoo.search`/ },
        { ...loc(bad, 'crm_list'), message: /tool `crm_list`/ },
      ],
    },
  ],
});
