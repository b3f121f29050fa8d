/**
 * The Caddyfile reader's own cases: what is a site and what is not, positions of every upstream,
 * heredocs (Caddy 2.7+, so not in the caddy adapt differential test: CI's Caddy is 2.6), formatting
 * back, and the errors a broken block gives.
 */
import { describe, expect, it } from 'vitest';
import { formatBlock, restrictions, snippetMap } from '../../src/model/caddyfile.js';
import type { Pos } from '../../src/model/schema.js';
import { parseCaddyfile } from '../../src/parse/caddyfile.js';

const at = (line: number, from: number, to: number): Pos => ({ file: 'c', line: line + 1, column: from + 1, endLine: line + 1, endColumn: to + 1 });
const parse = (code: string) => parseCaddyfile(code, at);

describe('parseCaddyfile', () => {
  it('reads the global options block and snippets as what they are, not as sites', () => {
    const r = parse('{\n\tadmin off\n}\n\n(common) {\n\tencode gzip\n}\n\n&(route) {\n\trespond 200\n}\n\na.example.com {\n\timport common\n}\n');
    expect(r.errors).toEqual([]);
    expect(r.sites.map((s) => s.addresses)).toEqual([['a.example.com']]);
    expect(formatBlock(r.global!)).toEqual(['admin off']);
    expect(r.snippets.map((s) => [s.name, s.route ?? false])).toEqual([['common', false], ['route', true]]);
  });

  it('reads several addresses (commas, spaces, continued lines) with schemes and ports, each positioned', () => {
    const r = parse('a.example.com, https://b.example.com:8443 http://c.example.com,\n    :80 {\n\trespond 200\n}');
    expect(r.errors).toEqual([]);
    expect(r.sites[0]!.addresses).toEqual(['a.example.com', 'https://b.example.com:8443', 'http://c.example.com', ':80']);
    expect(r.sites[0]!.addressPos!.map((p) => [p.line, p.column, p.endColumn])).toEqual([[1, 1, 14], [1, 16, 42], [1, 43, 63], [2, 5, 8]]);
  });

  it('finds upstreams in arguments, `to` lines, nested handle/route blocks and imported snippets, at their own token', () => {
    const code = [
      '(proxy) {',
      '\treverse_proxy {args[0]} {args.1}',
      '}',
      'x.example.com {',
      '\treverse_proxy /api/* api:8000 http://api2:8000',
      '\thandle /b/* {',
      '\t\treverse_proxy {',
      '\t\t\tto :9000 b:9001',
      '\t\t}',
      '\t}',
      '\timport proxy odoo:8069 https://ext.example.org',
      '\tforward_auth @x auth:9091',
      '}',
    ].join('\n');
    const r = parse(code);
    expect(r.errors).toEqual([]);
    const ups = r.sites[0]!.upstreams.map((u) => [u.raw, u.host, u.port, u.scheme, u.directive, u.pos?.line, u.pos?.column]);
    expect(ups).toEqual([
      ['api:8000', 'api', 8000, undefined, undefined, 5, 23],
      ['http://api2:8000', 'api2', 8000, 'http', undefined, 5, 32],
      [':9000', 'localhost', 9000, undefined, undefined, 8, 7],
      ['b:9001', 'b', 9001, undefined, undefined, 8, 13],
      ['odoo:8069', 'odoo', 8069, undefined, undefined, 11, 15],
      ['https://ext.example.org', 'ext.example.org', undefined, 'https', undefined, 11, 25],
      ['auth:9091', 'auth', 9091, undefined, 'forward_auth', 12, 18],
    ]);
  });

  it('reads quotes, backticks, comments, continuations and heredocs as tokens, and writes them back', () => {
    const code = [
      'h.example.com {',
      '\t# a comment',
      '\theader X-A "quoted \\"value\\"" # trailing',
      '\trespond `{"json": true}` \\',
      '\t\t200',
      '\trespond /doc <<HTML',
      '\t\t<p>hi</p>',
      '\t\t  indented',
      '\t\tHTML 200',
      '\treverse_proxy web:80',
      '}',
    ].join('\n');
    const r = parse(code);
    expect(r.errors).toEqual([]);
    const block = r.sites[0]!.block!;
    expect(block.map((s) => s.tokens.map((t) => t.text))).toEqual([[], ['header', 'X-A', 'quoted "value"'], ['respond', '{"json": true}', '200'], ['respond', '/doc', '<p>hi</p>\n  indented', '200'], ['reverse_proxy', 'web:80']]);
    expect(formatBlock(block, 1)).toEqual([
      '\t# a comment',
      '\theader X-A "quoted \\"value\\"" # trailing',
      '\trespond `{"json": true}` 200',
      '\trespond /doc <<EOF',
      '\t<p>hi</p>',
      '\t  indented',
      '\tEOF 200',
      '\treverse_proxy web:80',
    ]);
    expect(r.sites[0]!.upstreams.map((u) => [u.raw, u.pos?.line])).toEqual([['web:80', 10]]);
  });

  it('reads CRLF text and the one site Caddy allows without braces', () => {
    const r = parse('solo.example.com\r\n\r\nencode gzip\r\nreverse_proxy app:3000\r\n');
    expect(r.errors).toEqual([]);
    expect(r.sites.map((s) => [s.addresses, s.upstreams.map((u) => u.raw), s.body])).toEqual([[['solo.example.com'], ['app:3000'], ['encode gzip', 'reverse_proxy app:3000']]]);
  });

  it('finds restrictions, also inside handle blocks and snippets', () => {
    const r = parse('(gate) {\n\tbasicauth {\n\t\tu h\n\t}\n}\na.example.com {\n\t@o not remote_ip private_ranges\n\thandle @o {\n\t\trespond "no" 403\n\t}\n\timport gate\n\trespond "ok" 200\n}');
    expect(restrictions(r.sites[0]!.block!, snippetMap(r.snippets)).map((x) => [x.text, x.pos?.line])).toEqual([['respond "no" 403', 9], ['basicauth', 2]]);
  });

  it('reports a broken block at its line, keeping what it could read', () => {
    expect(parse('a.example.com {\n\treverse_proxy a:1\n').errors).toEqual([{ line: 2, message: 'Unexpected end of the Caddyfile block, expected `}`' }]);
    expect(parse('a.example.com { reverse_proxy a:1 }').errors.map((e) => e.message)).toEqual(['Unexpected `reverse_proxy` after `{`, expected a new line', 'Unexpected `}` after `reverse_proxy`, expected it on its own line']);
    expect(parse('a.example.com {\n\trespond "open\n}').errors[0]).toEqual({ line: 1, message: 'Unexpected end of the Caddyfile block inside a quoted token, expected a closing "' });
    expect(parse('a.example.com {\n\treverse_proxy not/an/upstream\n}').errors).toEqual([{ line: 1, message: 'Unexpected upstream `not/an/upstream`, expected `host:port`' }]);
    expect(parse('a.example.com {\n}\nstray\n').errors).toEqual([{ line: 2, message: 'Unexpected `stray` outside a site block, expected `address {`' }]);
  });
});
