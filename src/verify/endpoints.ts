/**
 * `--resolve` and `--connect-to`, with curl's syntax and semantics: `--connect-to` redirects a
 * host:port to another host:port (first matching entry wins, empty fields match any / keep the
 * original), then `--resolve` pins the resulting host:port to addresses (a later entry replaces an
 * earlier one, `*` matches any host, `-host:port` removes). TLS names and `Host:` headers keep the
 * original host — only where the bytes go changes.
 */
import { isIP } from 'node:net';
import { boltError } from '../errors/index.js';

/** One `--connect-to HOST1:PORT1:HOST2:PORT2` entry; undefined fields are empty (match any / keep). */
export interface ConnectTo {
  fromHost?: string | undefined;
  fromPort?: number | undefined;
  toHost?: string | undefined;
  toPort?: number | undefined;
}

/** One `--resolve HOST:PORT:ADDR[,ADDR]…` entry (`host` `*` matches any host). */
export interface Resolve {
  host: string;
  port: number;
  addresses: string[];
}

/** Where a spec host:port is actually reached. */
export interface Destination {
  /** The host as the spec names it: SNI, certificate name and `Host:` header. */
  host: string;
  port: number;
  /** Host to connect to after `--connect-to` (a name or an address). */
  connectHost: string;
  connectPort: number;
  /** Addresses pinned by `--resolve`, tried in order; empty: resolve `connectHost` normally. */
  addresses: string[];
  /** True when a flag mapped it or it is an address already (no DNS involved). */
  mapped: boolean;
}

/** The parsed mapping flags. */
export interface EndpointMap {
  connectTo: ConnectTo[];
  resolve: Resolve[];
}

/** Splits on `:` outside `[…]` (IPv6 literals), as curl does. */
function splitColons(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === ':' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unbracket(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function port(text: string, flag: string, raw: string): number {
  const n = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= 65535)) {
    throw boltError('InvalidFlagValue', { what: 'port', flag: `${flag} ${raw}`, value: text, expected: 'a number from 1 to 65535' }, {
      flag,
      hint: flag === '--resolve' ? 'write --resolve HOST:PORT:ADDR[,ADDR]…' : 'write --connect-to HOST1:PORT1:HOST2:PORT2',
    });
  }
  return n;
}

/** Parses one `--connect-to` value. */
export function parseConnectTo(raw: string): ConnectTo {
  const parts = splitColons(raw);
  if (parts.length !== 4) {
    throw boltError('InvalidFlagValue', { what: 'value', flag: '--connect-to', value: raw, expected: 'HOST1:PORT1:HOST2:PORT2' }, {
      flag: '--connect-to',
      hint: 'fields may be empty (any host/port, or keep the original); IPv6 addresses go in brackets: [::1]',
    });
  }
  const [fromHost = '', fromPort = '', toHost = '', toPort = ''] = parts;
  return {
    fromHost: fromHost ? unbracket(fromHost).toLowerCase() : undefined,
    fromPort: fromPort ? port(fromPort, '--connect-to', raw) : undefined,
    toHost: toHost ? unbracket(toHost) : undefined,
    toPort: toPort ? port(toPort, '--connect-to', raw) : undefined,
  };
}

/** Parses one `--resolve` value; `-HOST:PORT` returns a removal (no addresses). */
export function parseResolve(raw: string): Resolve & { remove: boolean } {
  const remove = raw.startsWith('-');
  const text = raw.replace(/^[+-]/, '');
  const parts = splitColons(text);
  const [host = '', portText = '', ...rest] = parts;
  const addrText = rest.join(':');
  if (!host || !portText || (!remove && !addrText)) {
    throw boltError('InvalidFlagValue', { what: 'value', flag: '--resolve', value: raw, expected: 'HOST:PORT:ADDR[,ADDR]…' }, {
      flag: '--resolve',
      hint: 'e.g. --resolve api.smarterbot.cl:443:127.0.0.1 (IPv6 in brackets: [::1]; `*` for any host)',
    });
  }
  const addresses = remove ? [] : addrText.split(',').map((a) => unbracket(a.trim()));
  for (const a of addresses) {
    if (isIP(a) === 0) {
      throw boltError('InvalidFlagValue', { what: 'address', flag: `--resolve ${raw}`, value: a, expected: 'an IPv4 or IPv6 address' }, { flag: '--resolve', hint: 'e.g. --resolve api.smarterbot.cl:443:127.0.0.1 (IPv6 in brackets: [::1])' });
    }
  }
  return { host: unbracket(host).toLowerCase(), port: port(portText, '--resolve', raw), addresses, remove };
}

/** Builds the map from the raw flag values, in command-line order. */
export function parseEndpointMap(resolve: readonly string[] = [], connectTo: readonly string[] = []): EndpointMap {
  const entries: Resolve[] = [];
  for (const raw of resolve) {
    const { remove, ...entry } = parseResolve(raw);
    const same = (e: Resolve): boolean => e.host === entry.host && e.port === entry.port;
    const kept = entries.filter((e) => !same(e));
    entries.length = 0;
    entries.push(...kept);
    if (!remove) entries.push(entry);
  }
  return { connectTo: connectTo.map(parseConnectTo), resolve: entries };
}

/** Where `host:port` is reached under the map. */
export function destination(map: EndpointMap, host: string, port: number): Destination {
  const name = unbracket(host).toLowerCase();
  const rule = map.connectTo.find(
    (c) => (c.fromHost === undefined || c.fromHost === name) && (c.fromPort === undefined || c.fromPort === port),
  );
  const connectHost = rule?.toHost ?? unbracket(host);
  const connectPort = rule?.toPort ?? port;
  const key = connectHost.toLowerCase();
  const pinned =
    map.resolve.find((r) => r.host === key && r.port === connectPort) ??
    map.resolve.find((r) => r.host === '*' && r.port === connectPort);
  const addresses = pinned?.addresses ?? [];
  return {
    host: unbracket(host),
    port,
    connectHost,
    connectPort,
    addresses,
    mapped: rule !== undefined || pinned !== undefined || isIP(connectHost) !== 0,
  };
}

/** `host:port`, with IPv6 addresses in brackets. */
export function hostPort(host: string, port: number): string {
  return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}

/** `127.0.0.1:8443` — where a destination's bytes go, for details. */
export function describeDestination(d: Destination): string {
  return hostPort(d.addresses[0] ?? d.connectHost, d.connectPort);
}
