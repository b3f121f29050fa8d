/**
 * Where the Docker Engine API is (`DOCKER_HOST`, else the default socket) and its container list
 * (`GET /containers/json?all=1`), over a unix socket or plain TCP.
 */
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { readText, send } from '../http-client.js';
import { bindAbort, type Network } from '../net.js';

/** The default Engine API socket. */
export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';

/** How to reach the Engine API, or why it is not probed. */
export type DockerEndpoint =
  | { kind: 'unix'; path: string; label: string }
  | { kind: 'tcp'; url: URL; label: string }
  | { kind: 'none'; reason: string };

/** Reads `DOCKER_HOST` (unix:// or tcp://), else looks for the socket at `socketPath`. */
export function dockerEndpoint(env: NodeJS.ProcessEnv, socketPath = DEFAULT_DOCKER_SOCKET): DockerEndpoint {
  const host = env.DOCKER_HOST;
  if (host) {
    if (host.startsWith('unix://')) return { kind: 'unix', path: host.slice('unix://'.length), label: host };
    if (host.startsWith('tcp://')) {
      if (env.DOCKER_TLS_VERIFY) return { kind: 'none', reason: 'DOCKER_TLS_VERIFY is set: TLS client certificates are not supported' };
      return { kind: 'tcp', url: new URL(`http://${host.slice('tcp://'.length)}`), label: host };
    }
    return { kind: 'none', reason: `Unexpected DOCKER_HOST \`${host}\`, expected unix:// or tcp://` };
  }
  if (existsSync(socketPath)) return { kind: 'unix', path: socketPath, label: `unix://${socketPath}` };
  return { kind: 'none', reason: `no Docker Engine: DOCKER_HOST is unset and ${socketPath} does not exist` };
}

/** One entry of `/containers/json` (the fields we read). */
export interface EngineContainer {
  Names: string[];
  Image: string;
  State: string;
  Status: string;
  Labels?: Record<string, string> | null | undefined;
  Health?: { Status?: string } | undefined;
}

const LIST_PATH = '/containers/json?all=1';

function getUnix(path: string, signal: AbortSignal): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: path, path: LIST_PATH, headers: { host: 'docker', accept: 'application/json' } });
    const unbind = bindAbort(signal, req);
    req.once('response', (res) => {
      readText(res, 16 * 1024 * 1024).then(
        (body) => (unbind(), resolve({ status: res.statusCode ?? 0, body })),
        (error: unknown) => (unbind(), reject(error)),
      );
    });
    req.once('error', (error) => (unbind(), reject(error)));
    req.end();
  });
}

/** Fetches the container list; throws network errors, returns a message for a bad answer. */
export async function listContainers(endpoint: Exclude<DockerEndpoint, { kind: 'none' }>, net: Network, signal: AbortSignal): Promise<EngineContainer[] | string> {
  let status: number;
  let body: string;
  try {
    if (endpoint.kind === 'unix') ({ status, body } = await getUnix(endpoint.path, signal));
    else {
      const res = await send(net, new URL(LIST_PATH, endpoint.url), { signal, headers: { accept: 'application/json' } });
      status = res.statusCode ?? 0;
      body = await readText(res, 16 * 1024 * 1024);
    }
  } catch (error) {
    // Say which Engine: the runner names it in "connection refused by …".
    if (error instanceof Error && !('where' in error)) Object.assign(error, { where: endpoint.label });
    throw error;
  }
  if (status !== 200) return `Unexpected status \`${status}\` from ${LIST_PATH}, expected 200`;
  try {
    const parsed: unknown = JSON.parse(body);
    if (!Array.isArray(parsed)) return `Unexpected ${LIST_PATH} answer, expected a JSON array`;
    return parsed.filter((c): c is EngineContainer => typeof c === 'object' && c !== null && Array.isArray((c as EngineContainer).Names));
  } catch {
    return `Unexpected ${LIST_PATH} answer, expected JSON`;
  }
}
