/**
 * `redis`: `PING` → `+PONG` over RESP, after `AUTH` when a password is given (`REDISCLI_AUTH`, as
 * redis-cli reads it, or `REDIS_PASSWORD`, with `REDIS_USERNAME` for an ACL user).
 */
import type { Socket } from 'node:net';
import { hostPort } from '../endpoints.js';
import { bindAbort, openTcp, resolveTarget } from '../net.js';
import type { CheckPlan, Outcome } from '../types.js';

/** Redis credentials. */
export interface RedisAuth {
  username?: string | undefined;
  password: string;
}

/** The credentials in the environment, if any. */
export function redisAuth(env: NodeJS.ProcessEnv): RedisAuth | undefined {
  const password = env.REDISCLI_AUTH || env.REDIS_PASSWORD;
  return password ? { username: env.REDIS_USERNAME || undefined, password } : undefined;
}

/** A RESP array of bulk strings. */
function command(...args: string[]): string {
  return `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;
}

/** Reads reply lines one at a time from a socket. */
function lineReader(socket: Socket, signal: AbortSignal): () => Promise<string> {
  let buffer = '';
  const waiting: ((line: string | Error) => void)[] = [];
  const lines: (string | Error)[] = [];
  const push = (item: string | Error): void => {
    const next = waiting.shift();
    if (next) next(item);
    else lines.push(item);
  };
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let at: number;
    while ((at = buffer.indexOf('\r\n')) >= 0) {
      push(buffer.slice(0, at));
      buffer = buffer.slice(at + 2);
    }
  });
  socket.on('end', () => push(Object.assign(new Error('connection closed by the server'), { code: 'ECONNRESET' })));
  socket.on('error', (error) => push(error));
  bindAbort(signal, socket);
  return () =>
    new Promise((resolve, reject) => {
      const settle = (item: string | Error): void => (item instanceof Error ? reject(item) : resolve(item));
      const ready = lines.shift();
      if (ready !== undefined) settle(ready);
      else waiting.push(settle);
    });
}

/** The `redis` check of `host:port`; depends on its `tcp` check. */
export function redisCheck(host: string, port: number, auth: RedisAuth | undefined, dependsOn: string[], source?: string, service?: string): CheckPlan {
  const target = hostPort(host, port);
  return {
    id: `redis ${target}`,
    kind: 'redis',
    target,
    title: 'Redis answers PING with PONG',
    dependsOn,
    source,
    service,
    endpoint: { host, port },
    async run(ctx): Promise<Outcome> {
      const socket = await openTcp(resolveTarget(ctx.net, host, port), ctx.signal);
      try {
        const next = lineReader(socket, ctx.signal);
        if (auth) {
          socket.write(auth.username ? command('AUTH', auth.username, auth.password) : command('AUTH', auth.password));
          const reply = await next();
          if (reply !== '+OK') {
            return { status: 'fail', detail: `Unexpected AUTH reply \`${reply}\`, expected \`+OK\``, expected: '+OK', actual: reply };
          }
        }
        socket.write(command('PING'));
        const reply = await next();
        if (reply === '+PONG') return { status: 'pass', detail: `PING → PONG${auth ? ' (after AUTH)' : ''}`, expected: '+PONG', actual: reply };
        const hint = /NOAUTH/.test(reply) ? ' (set REDISCLI_AUTH or REDIS_PASSWORD)' : '';
        return { status: 'fail', detail: `Unexpected PING reply \`${reply}\`, expected \`+PONG\`${hint}`, expected: '+PONG', actual: reply };
      } finally {
        socket.destroy();
      }
    },
  };
}
