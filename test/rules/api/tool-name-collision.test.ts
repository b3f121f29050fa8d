import { api, loc, ruleTester, spec } from '../tester.js';

const bad = spec(api({ odoo: ['/odoo/search-read', '/odoo/search_read'], crm: ['GET /orders', 'POST /orders'] }));

ruleTester('api/tool-name-collision', {
  valid: [
    { name: 'several methods of one path get a method word each', spec: spec(api({ shop: ['GET /orders', 'POST /orders', 'GET /orders/{id}', 'DELETE /orders/{id}'] })) },
    { name: 'distinct paths', spec: spec(api({ core: ['/health', '/contacts'] })) },
  ],
  invalid: [{ spec: bad, errors: [{ ...loc(bad, '`/odoo/search_read`'), message: /tool name `odoo_search_read` for `\/odoo\/search_read`/ }] }],
});
