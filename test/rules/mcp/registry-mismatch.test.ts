import { api, loc, ruleTester, spec } from '../tester.js';

const mount = (path: string) => ['## MCP Integration', '', '### fastapi-mcp Mount', '', '- **Endpoint:** `/mcp`', `- **Registry:** \`${path}\``, ''].join('\n');
const listed = api({ core: ['/health', '/registry.json'] });
const bad = spec(listed, mount('/tools.json'));
const unlisted = spec(api({ core: ['/health'] }).replace(/\*\*MCP Registry:\*\*\n```\nGET \/registry.json\n```\n/, ''), mount('/registry.json'));

ruleTester('mcp/registry-mismatch', {
  valid: [
    { spec: spec(listed, mount('/registry.json')) },
    { name: 'declared by the MCP Registry block only, not under a category', spec: spec(api({ core: ['/health'] }), mount('/registry.json')) },
  ],
  invalid: [
    { name: 'differs from the API block', spec: bad, errors: [{ ...loc(bad, '`/tools.json`'), message: /`\/tools.json`, expected `\/registry.json`/ }] },
    { name: 'not a listed endpoint', spec: unlisted, errors: [{ ...loc(unlisted, '`/registry.json`'), message: /expected a listed endpoint/ }] },
  ],
});
