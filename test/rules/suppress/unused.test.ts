import { inventory, loc, ruleTester, spec } from '../tester.js';

const row = ['`chat`', '`chatwoot/chatwoot:latest`', '3000', 'CRM', '🟡 Planned'];
const pinned = ['`db`', '`postgres:15`', '5432', 'DB', '✅ Running'];
const table = inventory([row, pinned]);
const wrapped = (rows: string[][]) => spec(inventory(rows).replace('| Container', '<!-- bolt-disable inventory/unpinned-image -- built locally -->\n| Container') + '<!-- bolt-enable inventory/unpinned-image -->\n');
const stale = wrapped([pinned]);
const loose = spec(table, '<!-- bolt-enable inventory/unpinned-image -->', '');
const nextLine = spec('## Change Log', '', '<!-- bolt-disable-next-line meta/date-mismatch -- nothing there -->', '### **v1.0.0** (2025-01-01)', '', '- first', '');

ruleTester('suppress/unused', {
  valid: [
    { name: 'a disable/enable pair that suppresses a finding', spec: wrapped([row, pinned]) },
    { name: 'a suppression of a rule turned off', spec: stale, config: { rules: { 'inventory/unpinned-image': 'off' } } },
  ],
  invalid: [
    { name: 'a pair around nothing it reports', spec: stale, errors: [{ ...loc(stale, '<!-- bolt-disable'), message: /suppresses nothing/ }] },
    { name: 'an enable without a disable', spec: loose, errors: [{ ...loc(loose, '<!-- bolt-enable'), message: /without a `bolt-disable/ }] },
    { name: 'next-line over a line without that finding', spec: nextLine, errors: [{ ...loc(nextLine, '<!-- bolt-disable-next-line'), message: /on the next line/ }] },
  ],
});
