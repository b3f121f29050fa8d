/**
 * Where the port checks (tcp, postgres, redis) are run from, which decides the address a published
 * port is reached at. The inventory's `8001→8000` means: the container listens on 8000, Docker
 * publishes it on the server's port 8001. So
 *
 * - from **network** (a container on the same Docker network, e.g. the lab container), the target
 *   is the container name and the *container* port: `smartapi:8000` (Docker's embedded DNS
 *   resolves the name; a published port plays no part there);
 * - from **host** (anywhere outside: the server itself, a CI runner, a laptop), the target is the
 *   server's address and the *published* port: `203.0.113.5:8001`.
 *
 * Probing `smartapi:8001` (the container name with the host port) is right from neither place.
 * Compose's networking guide (https://docs.docker.com/compose/how-tos/networking/) makes the same
 * distinction with `db` published as `8001:5432`: other services reach it as `postgres://db:5432`
 * (the container port), the host as port 8001.
 */
import { boltError } from '../errors/index.js';
import type { Container, PortMapping } from '../model/schema.js';

/** The places port checks can run from. */
export const VANTAGES = ['network', 'host'] as const;

/** Where port checks run from; `host` carries the server's address. */
export type Vantage = { from: 'network' } | { from: 'host'; address: string };

/** The host and port that reach `port` of container `c` from `vantage`. */
export function portEndpoint(vantage: Vantage, c: Container, port: PortMapping): { host: string; port: number } {
  return vantage.from === 'host' ? { host: vantage.address, port: port.host } : { host: c.name, port: port.container };
}

/** A bracketed IPv6 literal loses its brackets; anything with a scheme, path or port is refused. */
function address(raw: string): string {
  const text = raw.trim().replace(/^\[(.*)\]$/, '$1');
  if (text === '' || /[\s/]/.test(text) || /^[^:]+:\d+$/.test(text)) {
    throw boltError('InvalidFlagValue', { what: 'address', flag: '--host', value: raw, expected: "the server's name or IP address (no scheme, path or port)" }, {
      command: 'verify',
      flag: '--host',
      hint: 'e.g. --host 203.0.113.5, or --host 127.0.0.1 when running on the server itself',
    });
  }
  return text;
}

/**
 * The vantage of a run: `from` when given, else `host` when a server address is given, else
 * `network`. `from: host` without an address is a usage error (exit 2).
 */
export function chooseVantage(from: string | undefined, host: string | undefined): Vantage {
  if (from !== undefined && !(VANTAGES as readonly string[]).includes(from)) {
    throw boltError('UnknownFlagValue', { flag: '--from', value: from, choices: VANTAGES.map((v) => `\`${v}\``).join(', ') }, { command: 'verify', flag: '--from' });
  }
  const chosen = from ?? (host !== undefined ? 'host' : 'network');
  if (chosen === 'network') return { from: 'network' };
  if (host === undefined) {
    throw boltError('VantageAddressMissing', {}, {
      command: 'verify',
      flag: '--host',
      hint: 'e.g. --from host --host 203.0.113.5 (127.0.0.1 on the server itself), or --from network inside the Docker network',
    });
  }
  return { from: 'host', address: address(host) };
}
