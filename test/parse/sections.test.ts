import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSpecs } from '../../src/load/index.js';

/** Extracts one in-memory file. */
function parse(text: string) {
  return extractSpecs([{ file: 'specs/os.md', text }]);
}

/** Every unparsed note as `line:column message-start`. */
function notes(text: string): string[] {
  return parse(text).issues.map((i) => `${i.pos.line}:${i.pos.column} ${i.message.split(',')[0]}`);
}

describe('malformed lines become spec/unparsed at their position', () => {
  it.each([
    [
      'an inventory port',
      '## Container Inventory\n\n### Production\n\n| Container | Image | Port(s) |\n|---|---|---|\n| `a` | `a:1` | 80, eighty |\n',
      ['7:21 Unexpected port `eighty`'],
    ],
    [
      'an inventory image',
      '## Container Inventory\n\n| Container | Image |\n|---|---|\n| `a` | `Bad Image:` |\n| `b` | `UPPER:1` |\n',
      ['6:9 Unexpected image `UPPER:1`: `UPPER` is not a valid image name; expected `name[:tag][@sha256:…]` or `Custom (…)`'],
    ],
    [
      'an invalid image reference',
      '## Container Inventory\n\n| Container | Image |\n|---|---|\n| `a` | `a:b:c@md5:1` |\n',
      ['5:9 Unexpected image `a:b:c@md5:1`: digest `md5:1` is not `sha256:` and 64 hex digits; expected `name[:tag][@sha256:…]` or `Custom (…)`'],
    ],
    [
      'an inventory status',
      '## Container Inventory\n\n| Container | Image | Status |\n|---|---|---|\n| `a` | `a:1` | Exploded |\n',
      ['5:17 Unexpected status `Exploded`'],
    ],
    [
      'a negated or contradictory status',
      '## Container Inventory\n\n| Container | Image | Status |\n|---|---|---|\n| `a` | `a:1` | Not running |\n| `b` | `b:1` | Was live, now retired |\n',
      ['5:17 Unexpected negated status `Not running` (`running` is negated)', '6:17 Unexpected status `Was live'],
    ],
    [
      'a table without the needed columns',
      '## Container Inventory\n\n| Name | Tag |\n|---|---|\n| a | 1 |\n',
      ['3:1 Unexpected inventory table header'],
    ],
    [
      'a routing line',
      '## Domain Routing\n\n### Prod\n\n```\napi.x.test → Caddy → api:80\n  this is not a route\nbad_host! → Caddy → api:80\n```\n',
      ['7:3 Unexpected routing line', '8:1 Unexpected host `bad_host!`'],
    ],
    [
      // `{placeholder}` upstreams are valid (Caddy dials them at run time); a path is not an address.
      'a Caddyfile upstream',
      '## Domain Routing\n\n### Caddyfile Configuration\n\n```caddy\na.test {\n    reverse_proxy {env.UP} bad/up\n}\n```\n',
      ['7:1 Unexpected upstream `bad/up`'],
    ],
    [
      'an unclosed Caddyfile site',
      '## Domain Routing\n\n### Caddyfile Configuration\n\n```caddy\na.test {\n    reverse_proxy a:1\n```\n',
      ['7:1 Unexpected end of the Caddyfile block'],
    ],
    [
      'an API category',
      '## API Endpoints\n\n### Unified API (`api.x.test`)\n\n**Categories:**\n- `core`: `/`, `not a path`\n- no colon here\n',
      ['6:16 Unexpected endpoint `not a path`', '7:1 Unexpected category line'],
    ],
    [
      'an env line',
      '## Secrets Management\n\n### Env (`.env`)\n\n```bash\n# G\nA=1\nnot an assignment\n```\n',
      ['8:1 Unexpected line in the environment block'],
    ],
    [
      'a health response that is not JSON',
      '## Monitoring & Health\n\n### Expected Health Response\n\n```json\n{\n  "status": healthy\n}\n```\n',
      ['7:13 Unexpected JSON in the expected health response: Unexpected token \'h\''],
    ],
    [
      'a tool count that is not a number',
      '## MCP Integration\n\n### Tool Categories\n\n```json\n{\n  "odoo": 5,\n  "n8n": "six"\n}\n```\n',
      ['8:3 Unexpected count for `n8n`'],
    ],
    [
      'a changelog heading',
      '## Change Log\n\n### **Version 2** (yesterday)\n- x\n',
      ['3:1 Unexpected changelog heading `Version 2`'],
    ],
    [
      'a pending task',
      '## Pending Tasks\n\n1. **Ok** - fine\n2. not bold\n',
      ['4:1 Unexpected task'],
    ],
    [
      'a support line',
      '## Support\n\n- **Email:** a@b.test\n- just text\n',
      ['4:1 Unexpected list item'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(notes(text)).toEqual(expected);
  });

  it('keeps every row next to a bad cell: the row stays, the bad cell is reported (issue 14)', () => {
    const { model } = parse('## Container Inventory\n\n| Container | Image | Port(s) |\n|---|---|---|\n| `a` | `a:1` | 80 |\n| `b` | `b:1` | x, 82 |\n| `c` | `c:1` | 81/udp |\n');
    expect(model.inventory!.tiers[0]!.containers.map((c) => c.name)).toEqual(['a', 'b', 'c']);
    expect(model.inventory!.tiers[0]!.containers[1]!.ports.map((p) => p.raw)).toEqual(['82']);
  });

  it('reads a header naming two columns by its head noun, each column once (`Service`, `Service Description`)', () => {
    const { model, issues } = parse('## Container Inventory\n\n| Service | Image | Service Description | Service Status |\n|---|---|---|---|\n| `a` | `a:1` | CRM web | 🔴 Stopped |\n');
    const [a] = model.inventory!.tiers[0]!.containers;
    expect(a).toMatchObject({ name: 'a', purpose: 'CRM web', status: 'stopped', extra: {} });
    expect(issues).toEqual([]);
  });

  it('ignores HTML comments wherever they stand, still reading suppression comments and reporting other HTML', () => {
    const text = [
      '## System Overview', '', '<!-- overview -->', 'Text <!-- inline -->.', '',
      '## Container Inventory', '', '<!-- before the tiers -->', '', '### Production', '', '<!-- TODO: add redis -->', '',
      '<!-- bolt-disable-next-line inventory/unpinned-image -- built in CI -->',
      '| Container | Image |', '|---|---|', '| `a` <!-- cell --> | `a:1` |', '',
      '## Change Log', '', '<!-- newest first -->', '', '### v1.0.0 (2025-01-01)', '- x', '  <!-- in an item -->', '',
      '## Pending Tasks', '', '<!-- keep short -->', '1. **A** - b', '',
      '## Support', '', '<div>raw</div>', '',
    ].join('\n');
    const { model, issues } = parse(text);
    expect(issues.map((i) => `${i.pos.line} ${i.message}`)).toEqual(['34 Unexpected `html` in Support, expected `**Label:** value` bullets']);
    expect(model.inventory!.tiers.map((t) => [t.id, t.containers.map((c) => c.name)])).toEqual([['production', ['a']]]);
    expect(model.changelog.map((e) => e.version)).toEqual(['1.0.0']);
    expect(model.pending).toHaveLength(1);
    expect(model.suppressions).toMatchObject([{ kind: 'disable-next-line', rules: ['inventory/unpinned-image'], reason: 'built in CI' }]);
  });

  it('recognises section titles without emoji, bold or punctuation, in any order', () => {
    const { model } = parse('## **support**\n\n- **Email:** a@b.test\n\n## 🔄 backup and restore!\n\n### What\n\n1. x\n\n## Something Else\n\ntext\n');
    expect(model.sections.map((s) => s.id)).toEqual(['support', 'backup', null]);
  });

  it('never splits a section at a `##` inside fenced code', () => {
    const { model } = parse('## Maintenance Commands\n\n### Ops\n\n```bash\n## not a heading\nls\n```\n');
    expect(model.sections).toHaveLength(1);
    expect(model.maintenance[0]!.blocks[0]).toMatchObject({ type: 'code', commands: [{ title: '# not a heading', lines: ['ls'] }] });
  });

  it('redacts literal secrets at extraction, keeping what they looked like', () => {
    const jwt = `eyJhbGciOiJIUzI1NiJ9.${'eyJzdWIiOiIxMjM0NTY3ODkwIn0'}.${'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'}`;
    const { model } = parse(`## Secrets Management\n\n### Env (\`.env\`)\n\n\`\`\`bash\n# S\nSERVICE_ROLE=${jwt}\nSTRIPE_KEY=sk_live_${'a1B2c3D4e5F6g7H8'}\nDB_PASSWORD=hunter2hunter2\nPUBLIC_URL=https://x.test\nTOKEN=***\n\`\`\`\n`);
    const keys = model.secrets!.keys;
    const mask = (n: number) => '•'.repeat(n);
    expect(keys.map((k) => [k.key, k.value, k.literal ?? null])).toEqual([
      ['SERVICE_ROLE', `eyJ${mask(jwt.length - 3)}`, 'a JWT'],
      ['STRIPE_KEY', `sk_live_${mask(16)}`, 'a Stripe secret key'],
      ['DB_PASSWORD', mask(14), 'a literal credential'],
      ['PUBLIC_URL', 'https://x.test', null],
      ['TOKEN', '***', null],
    ]);
    expect(JSON.stringify(model)).not.toContain('hunter2');
    expect(JSON.stringify(model)).not.toContain('a1B2c3D4');
    expect(JSON.stringify(model)).not.toContain(jwt.slice(3, 20));
  });
});

describe('robustness', () => {
  const fragments = [
    '## Container Inventory\n',
    '## Domain Routing\n',
    '## API Endpoints\n',
    '## Secrets Management\n',
    '## MCP Integration\n',
    '## Change Log\n',
    '## Monitoring & Health\n',
    '### **Production Services**\n',
    '### Caddyfile Configuration\n',
    '| Container | Image | Port(s) |\n|---|---|---|\n',
    '| `x` | `y:1` | 1→2 |\n',
    '```\n',
    '```caddy\n',
    '```json\n',
    'a → Caddy → b:1\n',
    'site {\n',
    '}\n',
    '- **Key:** value\n',
    '- `core`: `/a`, `/b`\n',
    '1. **T** - d\n',
    'KEY=value\n',
    '# Group\n',
    '{ "a": 1 }\n',
    '---\n',
    '\n',
  ];

  it('never throws on random Markdown built from spec fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string()), { maxLength: 40 }), (parts) => {
        const { model, issues } = parse(parts.join(''));
        for (const issue of issues) {
          expect(issue.pos.line).toBeGreaterThanOrEqual(1);
          expect(issue.pos.column).toBeGreaterThanOrEqual(1);
        }
        expect(model.files).toEqual(['specs/os.md']);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        parse(text);
      }),
      { numRuns: 200 },
    );
  });
});
