import { describe, expect, it } from 'vitest';
import { destination, parseConnectTo, parseEndpointMap, parseResolve } from '../../src/verify/endpoints.js';

describe('--resolve and --connect-to (curl semantics)', () => {
  it('parses --resolve with several and bracketed IPv6 addresses', () => {
    expect(parseResolve('api.smarterbot.cl:443:127.0.0.1,[::1]')).toEqual({
      host: 'api.smarterbot.cl', port: 443, addresses: ['127.0.0.1', '::1'], remove: false,
    });
    expect(parseResolve('+Example.com:80:127.0.0.2').host).toBe('example.com');
    expect(parseResolve('-example.com:80')).toMatchObject({ remove: true, addresses: [] });
  });

  it('rejects malformed entries with a usage error', () => {
    expect(() => parseResolve('api.smarterbot.cl:443')).toThrow(/expected HOST:PORT:ADDR/);
    expect(() => parseResolve('api.smarterbot.cl:99999:127.0.0.1')).toThrow(/Unexpected port `99999`/);
    expect(() => parseResolve('api.smarterbot.cl:443:localhost')).toThrow(/expected an IPv4 or IPv6 address/);
    expect(() => parseConnectTo('a:1:b')).toThrow(/expected HOST1:PORT1:HOST2:PORT2/);
  });

  it('parses --connect-to with empty fields and IPv6', () => {
    expect(parseConnectTo('::127.0.0.1:8443')).toEqual({ fromHost: undefined, fromPort: undefined, toHost: '127.0.0.1', toPort: 8443 });
    expect(parseConnectTo('postgres:5432:[::1]:')).toEqual({ fromHost: 'postgres', fromPort: 5432, toHost: '::1', toPort: undefined });
  });

  it('applies the first matching --connect-to, then --resolve on the result', () => {
    const map = parseEndpointMap(['backend:9000:127.0.0.5'], ['api.smarterbot.cl:443:backend:9000', ':443:127.0.0.1:8443']);
    expect(destination(map, 'api.smarterbot.cl', 443)).toMatchObject({
      host: 'api.smarterbot.cl', connectHost: 'backend', connectPort: 9000, addresses: ['127.0.0.5'], mapped: true,
    });
    expect(destination(map, 'odoo.smarterbot.cl', 443)).toMatchObject({ connectHost: '127.0.0.1', connectPort: 8443, mapped: true });
    expect(destination(map, 'odoo.smarterbot.cl', 80)).toMatchObject({ connectHost: 'odoo.smarterbot.cl', connectPort: 80, mapped: false });
  });

  it('lets a later --resolve replace an earlier one, `-` remove it and `*` match any host', () => {
    const map = parseEndpointMap(['a.test:443:127.0.0.1', 'a.test:443:127.0.0.2', '*:443:127.0.0.9', 'b.test:443:127.0.0.3', '-b.test:443']);
    expect(destination(map, 'a.test', 443).addresses).toEqual(['127.0.0.2']);
    expect(destination(map, 'b.test', 443).addresses).toEqual(['127.0.0.9']);
    expect(destination(map, 'b.test', 80).mapped).toBe(false);
  });

  it('counts an address literal as mapped (no DNS involved)', () => {
    expect(destination(parseEndpointMap(), '127.0.0.1', 6379).mapped).toBe(true);
  });
});
