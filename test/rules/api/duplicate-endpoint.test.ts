import { api, loc, ruleTester, spec } from '../tester.js';

const bad = spec(api({ core: ['/health', '/contacts'], crm: ['/contacts', 'GET /items', 'POST /items', 'GET /items'] }));

ruleTester('api/duplicate-endpoint', {
  valid: [{ name: 'different methods', spec: spec(api({ core: ['/health'], items: ['GET /items', 'POST /items'] })) }],
  invalid: [
    {
      spec: bad,
      errors: [
        { ...loc(bad, '`/contacts`', 2), message: /duplicate endpoint `\/contacts`/ },
        { ...loc(bad, '`GET /items`', 2), message: /`GET \/items`/ },
      ],
    },
  ],
});
