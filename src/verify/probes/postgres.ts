/**
 * `postgres`: a real protocol exchange — an SSLRequest, which any PostgreSQL answers with `S` or
 * `N` before authentication — and, when `PGUSER`/`PGPASSWORD` are set, a login and `SELECT 1`
 * with those credentials (`PGDATABASE`, `PGSSLMODE` honoured).
 */
import { Socket } from 'node:net';
import { bindAbort, openTcp, resolveTarget, trustStore } from '../net.js';
import { type Destination, hostPort } from '../endpoints.js';
import type { Network } from '../net.js';
import type { CheckPlan, Outcome } from '../types.js';

/** Credentials from the usual `PG*` variables. */
export interface PgCredentials {
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
  sslmode?: string | undefined;
}

/** Credentials when `PGUSER` or `PGPASSWORD` is set, else undefined (handshake only). */
export function pgCredentials(env: NodeJS.ProcessEnv): PgCredentials | undefined {
  if (!env.PGUSER && !env.PGPASSWORD) return undefined;
  return { user: env.PGUSER, password: env.PGPASSWORD, database: env.PGDATABASE, sslmode: env.PGSSLMODE };
}

const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

/** Sends an SSLRequest and reads the one-byte answer. */
async function sslProbe(dest: Destination, signal: AbortSignal): Promise<string> {
  const socket = await openTcp(dest, signal);
  try {
    return await new Promise<string>((resolve, reject) => {
      const unbind = bindAbort(signal, socket);
      socket.once('data', (data: Buffer) => (unbind(), resolve(data.subarray(0, 1).toString('latin1'))));
      socket.once('end', () => (unbind(), resolve('')));
      socket.once('error', (error) => (unbind(), reject(error)));
      socket.write(SSL_REQUEST);
    });
  } finally {
    socket.destroy();
  }
}

/** Logs in with `pg` over our own socket (so the timeout can destroy it) and runs `SELECT 1`. */
async function selectOne(dest: Destination, creds: PgCredentials, net: Network, signal: AbortSignal): Promise<string> {
  const { default: pg } = await import('pg');
  const socket = new Socket();
  const unbind = bindAbort(signal, socket);
  const mode = creds.sslmode ?? 'disable';
  const ssl =
    mode === 'require' || mode === 'verify-ca' || mode === 'verify-full'
      ? { ca: trustStore(net), rejectUnauthorized: mode !== 'require', servername: dest.host }
      : false;
  const client = new pg.Client({
    host: dest.addresses[0] ?? dest.connectHost,
    port: dest.connectPort,
    user: creds.user,
    password: creds.password,
    database: creds.database,
    ssl,
    stream: () => socket,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const result = await client.query<{ one: number }>('SELECT 1 AS one');
    const version = client as unknown as { serverVersion?: string };
    return `SELECT 1 → ${result.rows[0]?.one ?? '?'}${version.serverVersion ? ` (server ${version.serverVersion})` : ''}`;
  } finally {
    unbind();
    socket.destroy();
    void client.end().catch(() => undefined);
  }
}

/** The `postgres` check of `host:port`; depends on its `tcp` check. */
export function postgresCheck(host: string, port: number, creds: PgCredentials | undefined, dependsOn: string[], source?: string, service?: string): CheckPlan {
  const target = hostPort(host, port);
  return {
    id: `postgres ${target}`,
    kind: 'postgres',
    target,
    title: creds ? 'PostgreSQL accepts a login and answers SELECT 1' : 'PostgreSQL answers the protocol handshake',
    dependsOn,
    source,
    service,
    endpoint: { host, port },
    async run(ctx): Promise<Outcome> {
      const dest = resolveTarget(ctx.net, host, port);
      const answer = await sslProbe(dest, ctx.signal);
      if (answer !== 'S' && answer !== 'N') {
        const got = answer === '' ? 'the connection closed' : `\`${JSON.stringify(answer)}\``;
        return { status: 'fail', detail: `Unexpected answer to SSLRequest: ${got}, expected \`S\` or \`N\` (is this PostgreSQL?)`, expected: 'S or N', actual: answer || 'closed' };
      }
      const handshake = `PostgreSQL handshake ok (SSL ${answer === 'S' ? 'offered' : 'not offered'})`;
      if (!creds) return { status: 'pass', detail: `${handshake}; no PGUSER/PGPASSWORD, login not tried`, expected: 'handshake', actual: 'handshake ok' };
      try {
        const selected = await selectOne(dest, creds, ctx.net, ctx.signal);
        return { status: 'pass', detail: `${handshake}; ${selected}`, expected: 'SELECT 1 → 1', actual: selected };
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        const message = (error as Error).message;
        return { status: 'fail', detail: `login as \`${creds.user ?? '(default)'}\` failed: ${message}`, expected: 'SELECT 1 → 1', actual: message };
      }
    },
  };
}
