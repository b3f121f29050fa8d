import { api, loc, ruleTester, spec } from '../tester.js';

const mcp = (json: string) => ['## MCP Integration', '', '### Tool Categories', '', '```json', json, '```', ''].join('\n');
const cats = { core: ['/', '/health'], crm: ['/crm/contacts', '/crm/deals', '/crm/notes'] };
const bad = spec(api({ ...cats, ops: ['/ops/run'] }, 'Returns auto-generated tool catalog with 7 tools across 2 categories.'), mcp('{\n  "core": 2,\n  "crm": 4,\n  "billing": 1\n}'));

ruleTester('api/tool-count-mismatch', {
  valid: [
    { spec: spec(api(cats, 'Returns auto-generated tool catalog with 5 tools across 2 categories.'), mcp('{\n  "crm": 3,\n  "core": 2\n}')) },
    { name: 'nothing stated', spec: spec(api(cats)) },
  ],
  invalid: [
    {
      spec: bad,
      errors: [
        { ...loc(bad, '`ops`'), message: /category `ops` missing from Tool Categories/ },
        { ...loc(bad, 'Returns'), message: /`2` categories, expected `3`/ },
        { ...loc(bad, 'Returns'), message: /total of `7` tools, expected `6`/ },
        { ...loc(bad, '"crm"'), message: /count `4` for category `crm`, expected `3`/ },
        { ...loc(bad, '"billing"'), message: /category `billing` with 1 tools/ },
      ],
    },
  ],
});
