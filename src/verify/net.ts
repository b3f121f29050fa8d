/**
 * Connections for the probes: TCP and TLS sockets to a mapped destination, bound to an abort
 * signal so that a timeout really tears the socket down, and the vocabulary of network errors
 * (which are retried and which are described to the user).
 */
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { createSecureContext, connect as tlsConnect, rootCertificates, type SecureContext, type TLSSocket } from 'node:tls';
import { type Destination, destination, describeDestination, type EndpointMap } from './endpoints.js';

/** What the probes need to reach targets. */
export interface Network {
  map: EndpointMap;
  /** Extra trusted CA certificates (PEM), on top of the system roots. */
  ca: string[];
  /** `--insecure`: HTTP and MCP do not verify certificates (the `tls` check still reports them). */
  insecure: boolean;
}

/** Where `host:port` goes under this network's map. */
export function resolveTarget(net: Network, host: string, port: number): Destination {
  return destination(net.map, host, port);
}

/** The trust store: system roots plus `--ca-file`. */
export function trustStore(net: Network): string[] {
  return net.ca.length === 0 ? [...rootCertificates] : [...rootCertificates, ...net.ca];
}

const contexts = new WeakMap<Network, SecureContext>();

/** One TLS context per network: parsing the root store per connection would cost more than the handshake. */
export function secureContext(net: Network): SecureContext {
  let context = contexts.get(net);
  if (!context) {
    context = createSecureContext({ ca: trustStore(net) });
    contexts.set(net, context);
  }
  return context;
}

/** Error codes of a connection that failed in transit: worth a retry. */
const RETRYABLE = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH',
  'EHOSTDOWN', 'ENETDOWN', 'EAI_AGAIN', 'ETIMEDOUT', 'EADDRNOTAVAIL', 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
]);
/** Network error codes that are final (the name does not exist). */
const FINAL = new Set(['ENOTFOUND', 'ENODATA', 'ENOENT', 'EACCES']);

function code(error: unknown): string | undefined {
  const c = (error as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : undefined;
}

/** True for an error of the network layer (refused, reset, unreachable, not found …). */
export function isNetworkError(error: unknown): boolean {
  const c = code(error);
  return c !== undefined && (RETRYABLE.has(c) || FINAL.has(c));
}

/** True for a network error that a retry may cure. */
export function isRetryable(error: unknown): boolean {
  const c = code(error);
  return c !== undefined && RETRYABLE.has(c);
}

/** A user-facing line for a network error: `connection refused by 127.0.0.1:6380`. */
export function describeNetworkError(error: unknown, where?: string): string {
  const by = where ? ` by ${where}` : '';
  const to = where ? ` to ${where}` : '';
  const of = where ? `: ${where}` : '';
  switch (code(error)) {
    case 'ECONNREFUSED': return `connection refused${by}`;
    case 'ECONNRESET': return `connection reset${by}`;
    case 'EPIPE': return `connection closed${by}`;
    case 'ENOTFOUND': return `host not found${of}`;
    case 'EAI_AGAIN': return `DNS lookup failed (temporary)${of}`;
    case 'EHOSTUNREACH': case 'ENETUNREACH': return `no route${to}`;
    case 'ENOENT': return `no such socket${of}`;
    case 'EACCES': return `permission denied${of}`;
    default: {
      const message = (error as Error).message;
      return where && !message.includes(where) ? `${message} (${where})` : message;
    }
  }
}

/** An error with a code, as node's network errors have. */
export function codedError(message: string, errorCode: string): Error & { code: string } {
  return Object.assign(new Error(message), { code: errorCode });
}

/** Destroys `socket` when `signal` aborts; returns the un-binder. */
export function bindAbort(signal: AbortSignal, socket: { destroy(error?: Error): unknown }): () => void {
  const onAbort = (): void => void socket.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}

function connectOnce(host: string, port: number, signal: AbortSignal): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host, port, noDelay: true });
    const unbind = bindAbort(signal, socket);
    socket.once('connect', () => {
      unbind();
      socket.removeListener('error', reject);
      resolve(socket);
    });
    socket.once('error', (error) => {
      unbind();
      socket.destroy();
      reject(error);
    });
  });
}

/** Opens a TCP connection to the destination, trying its pinned addresses in order. */
export async function openTcp(dest: Destination, signal: AbortSignal): Promise<Socket> {
  const hosts = dest.addresses.length > 0 ? dest.addresses : [dest.connectHost];
  let last: unknown;
  for (const host of hosts) {
    try {
      return await connectOnce(host, dest.connectPort, signal);
    } catch (error) {
      last = error;
      if (signal.aborted) throw error;
    }
  }
  if (last instanceof Error) Object.assign(last, { where: where(dest) });
  throw last;
}

/** A TLS session: the socket and what verification found (not enforced here). */
export interface TlsSession {
  socket: TLSSocket;
  /** OpenSSL's chain verdict: undefined when trusted, else a code such as `CERT_HAS_EXPIRED`. */
  chainError?: string | undefined;
}

/** Opens TLS over TCP with SNI set to the spec host; chain and name checks are left to the caller. */
export async function openTls(dest: Destination, signal: AbortSignal, net: Network, alpn?: string[]): Promise<TlsSession> {
  const tcp = await openTcp(dest, signal);
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({
      socket: tcp,
      servername: isIP(dest.host) === 0 ? dest.host : undefined,
      secureContext: secureContext(net),
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
      ALPNProtocols: alpn,
    });
    const unbind = bindAbort(signal, socket);
    socket.once('secureConnect', () => {
      unbind();
      socket.removeListener('error', reject);
      const chainError = socket.authorized ? undefined : String(socket.authorizationError ?? 'UNKNOWN');
      resolve({ socket, chainError });
    });
    socket.once('error', (error) => {
      unbind();
      tcp.destroy();
      reject(error);
    });
  });
}

/** `api.smarterbot.cl:443 via 127.0.0.1:8443` when mapped, else `api.smarterbot.cl:443`. */
export function where(dest: Destination): string {
  const shown = `${dest.host}:${dest.port}`;
  const via = describeDestination(dest);
  return via === shown ? shown : `${shown} via ${via}`;
}
