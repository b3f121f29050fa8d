/**
 * HTTP/1.1 over a mapped connection: node's `http.request` driven through a socket we opened
 * ourselves (so `--resolve`/`--connect-to`/`--ca-file` apply and the timeout owns the socket),
 * plus a `fetch` for the MCP SDK built on it.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { tlsRejection } from './certs.js';
import { hostPort } from './endpoints.js';
import { bindAbort, codedError, type Network, openTcp, openTls, resolveTarget } from './net.js';

/** A request: method, headers, optional body, and whether to verify the certificate. */
export interface HttpRequest {
  method?: string | undefined;
  headers?: Record<string, string> | undefined;
  body?: string | Uint8Array | undefined;
  signal: AbortSignal;
}

/** Thrown when HTTPS verification rejects the peer (not a network error: never retried). */
export class TlsRejectedError extends Error {
  readonly code = 'ETLSREJECTED';
  constructor(message: string) {
    super(message);
    this.name = 'TlsRejectedError';
  }
}

function defaultPort(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

async function openFor(net: Network, url: URL, signal: AbortSignal): Promise<Socket> {
  const port = defaultPort(url);
  const dest = resolveTarget(net, url.hostname, port);
  if (url.protocol === 'http:') return openTcp(dest, signal);
  if (url.protocol !== 'https:') throw new Error(`Unexpected URL scheme \`${url.protocol}\`, expected http: or https:`);
  const { socket, chainError } = await openTls(dest, signal, net, ['http/1.1']);
  if (!net.insecure) {
    const why = tlsRejection(dest.host, socket.getPeerCertificate(false), chainError);
    if (why) {
      socket.destroy();
      throw new TlsRejectedError(`TLS: ${why}`);
    }
  }
  return socket;
}

/** Sends one request (`Connection: close`) and resolves with the response head; the body streams. */
export async function send(net: Network, url: URL, req: HttpRequest): Promise<IncomingMessage> {
  const socket = await openFor(net, url, req.signal);
  const port = defaultPort(url);
  const host = url.port ? hostPort(url.hostname.replace(/^\[|\]$/g, ''), port) : url.host;
  return new Promise((resolve, reject) => {
    const request = httpRequest({
      method: req.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      headers: { host, 'user-agent': 'bolt-verify', connection: 'close', ...req.headers },
      createConnection: () => socket,
    });
    const unbind = bindAbort(req.signal, { destroy: (e?: Error) => (request.destroy(e), socket.destroy(e)) });
    request.once('response', (res) => {
      res.once('close', () => {
        unbind();
        socket.destroy();
      });
      resolve(res);
    });
    request.once('error', (error) => {
      unbind();
      socket.destroy();
      reject(error);
    });
    request.end(req.body);
  });
}

/** Reads a body as text, at most `limit` bytes (the rest is cut off, not an error). */
export async function readText(res: IncomingMessage, limit = 256 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= limit) {
      res.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

const NULL_BODY = new Set([101, 204, 205, 304]);

/** A `fetch` over this network for the MCP SDK: the signal of the check aborts every request. */
export function networkFetch(net: Network, signal: AbortSignal): (url: string | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init = {}) => {
    const url = new URL(String(input));
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => void (headers[key] = value));
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (init.body != null && body === undefined) {
      throw codedError('Unexpected request body type, expected a string', 'ERR_INVALID_ARG_TYPE');
    }
    const signals = init.signal ? [signal, init.signal] : [signal];
    const res = await send(net, url, { method: init.method, headers, body, signal: AbortSignal.any(signals) });
    const responseHeaders = new Headers();
    for (const [key, value] of Object.entries(res.headers)) {
      if (Array.isArray(value)) for (const v of value) responseHeaders.append(key, v);
      else if (value !== undefined) responseHeaders.set(key, value);
    }
    const status = res.statusCode ?? 500;
    const stream = NULL_BODY.has(status) ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
    if (stream === null) res.resume();
    return new Response(stream, { status, statusText: res.statusMessage ?? '', headers: responseHeaders });
  };
}
