/** `tcp`: a published port of a running container accepts a connection. */
import { describeDestination, hostPort } from '../endpoints.js';
import { openTcp, resolveTarget } from '../net.js';
import type { CheckPlan, Outcome } from '../types.js';

/**
 * The `tcp` check of `host:port`: a container name and its container port, or the server's
 * address and a published port (see `vantage.ts`); `service` is the inventory container.
 */
export function tcpCheck(host: string, port: number, source?: string, service?: string): CheckPlan {
  const target = hostPort(host, port);
  return {
    id: `tcp ${target}`,
    kind: 'tcp',
    target,
    title: `port ${port} of ${service !== undefined && service !== host ? `${service} on ${host}` : host} accepts connections`,
    dependsOn: [],
    source,
    service,
    endpoint: { host, port },
    async run(ctx): Promise<Outcome> {
      const dest = resolveTarget(ctx.net, host, port);
      const socket = await openTcp(dest, ctx.signal);
      const local = socket.remoteAddress ? hostPort(socket.remoteAddress, socket.remotePort ?? dest.connectPort) : describeDestination(dest);
      socket.destroy();
      return { status: 'pass', detail: `connected to ${local}`, expected: 'connection accepted', actual: 'accepted' };
    },
  };
}

/** A placeholder for a port that cannot be probed by connecting (UDP). */
export function udpSkip(host: string, port: number, source?: string, service?: string): CheckPlan {
  const target = `${hostPort(host, port)}/udp`;
  return {
    id: `tcp ${target}`,
    kind: 'tcp',
    target,
    title: `port ${port}/udp of ${service !== undefined && service !== host ? `${service} on ${host}` : host}`,
    dependsOn: [],
    source,
    service,
    run: async () => ({ status: 'skip', detail: 'UDP port: a connection test cannot tell whether it is open' }),
  };
}
