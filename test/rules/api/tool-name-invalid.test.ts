import { api, loc, ruleTester, spec } from '../tester.js';

const long = `/${'reports/'.repeat(4)}accounts-receivable-aging-by-customer`;
const bad = spec(api({ core: ['/health', long] }));

ruleTester('api/tool-name-invalid', {
  valid: [{ spec: spec(api({ core: ['/health', '/reports/monthly'] })) }],
  invalid: [{ spec: bad, errors: [{ ...loc(bad, `\`${long}\``), message: /of \d+ characters, expected at most 64/ }] }],
});
