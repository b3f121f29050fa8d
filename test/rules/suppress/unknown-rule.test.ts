import { inventory, loc, ruleTester, spec } from '../tester.js';

const row = ['`chat`', '`chatwoot/chatwoot:latest`', '3000', 'CRM', '🟡 Planned'];
const withComment = (comment: string) => spec(inventory([row]).replace('| Container', `${comment}\n| Container`) + '<!-- bolt-enable inventory/unpinned-image -->\n');
const typo = withComment('<!-- bolt-disable inventory/unpinned-image, inventory/unpined-image -- built locally -->');
const none = spec('## Change Log', '', '<!-- bolt-disable-next-line -- why -->', '### **v1.0.0** (2025-01-01)', '');

ruleTester('suppress/unknown-rule', {
  valid: [{ name: 'known rule ids', spec: withComment('<!-- bolt-disable inventory/unpinned-image -- built locally -->') }],
  invalid: [
    { name: 'a misspelt rule id, with did-you-mean', spec: typo, errors: [{ ...loc(typo, '<!-- bolt-disable'), message: /`inventory\/unpined-image`/ }] },
    { name: 'no rule id', spec: none, errors: [{ ...loc(none, '<!--'), message: /without a rule id/ }] },
  ],
});
