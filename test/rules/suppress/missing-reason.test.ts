import { describe, expect, it } from 'vitest';
import { findings, inventory, loc, ruleTester, spec } from '../tester.js';

const row = ['`chat`', '`chatwoot/chatwoot:latest`', '3000', 'CRM', '🟡 Planned'];
const withComment = (comment: string) => spec(inventory([row]).replace('| Container', `${comment}\n| Container`) + '<!-- bolt-enable inventory/unpinned-image -->\n');
const bare = withComment('<!-- bolt-disable inventory/unpinned-image -->');

ruleTester('suppress/missing-reason', {
  valid: [{ name: 'a reason after --', spec: withComment('<!-- bolt-disable inventory/unpinned-image -- built locally -->') }],
  invalid: [{ spec: bare, errors: [{ ...loc(bare, '<!-- bolt-disable'), message: /without a reason/ }] }],
});

describe('a suppression without a reason', () => {
  it('still suppresses (the finding is not reported twice)', () => {
    expect(findings('inventory/unpinned-image', { spec: bare })).toEqual([]);
    expect(findings('inventory/unpinned-image', { spec: spec(inventory([row])) })).toHaveLength(1);
  });
  it('needs `--` and the text after it: a comment inside a code block is code', () => {
    const code = spec(inventory([row]), '```', '<!-- bolt-disable inventory/unpinned-image -->', '```', '');
    expect(findings('suppress/missing-reason', { spec: code })).toEqual([]);
    expect(findings('inventory/unpinned-image', { spec: code })).toHaveLength(1);
  });
});
