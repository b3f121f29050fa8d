/**
 * `toYaml` writes plain maps directly (the fast path) when there is no comment, and through
 * `yaml`'s Document API otherwise: both must give the same bytes for any value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toYaml } from '../../generators/lib/yaml.js';

/** The Document rendering of `value`: with a comment (no fast path), the comment lines removed. */
function reference(value: unknown): string {
  return toYaml(value, ' c').replace(/^# c\n\n/, '');
}

const tricky = fc.constantFrom(
  '8001:8000', '53:53/udp', '1.15', 'on', 'No', 'null', 'true', '~', '0x1F', '.inf', '-1', '+5', '1e3',
  '.env.production', './Caddyfile:/etc/caddy/Caddyfile:ro', 'postgres:15', 'a: b', 'a #b', '#x', 'x:', '-q', '-', '',
  "import urllib.request; urllib.request.urlopen('http://localhost:8000/health', timeout=4)", 'http://localhost:2019/config/',
  'say "hi"', "it's", 'a, b', '[x]', '{y}', 'line\nbreak', ' lead', 'trail ', '@at', '`tick', '*star', '&amp', '!bang', '%pct', '|pipe', '>gt',
);
const scalar = fc.oneof(tricky, fc.string(), fc.integer(), fc.constant(true));
const key = fc.oneof(fc.constantFrom('services', 'test', 'ports', 'depends_on', 'y', 'on', '1', 'a b', 'svc-00001', 'x.y'), fc.string({ minLength: 1 }));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
})).node;

describe('toYaml fast path', () => {
  it('matches the Document rendering on compose-like and arbitrary maps', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), (doc) => {
        expect(toYaml(doc, '')).toBe(reference(doc));
      }),
      { numRuns: 2000 },
    );
  });
});
