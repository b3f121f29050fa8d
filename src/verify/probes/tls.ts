/**
 * `tls`: a handshake with the routed domain's name as SNI, then the certificate — valid for the
 * host, chain trusted, days to expiry (`--min-days` fails, the band up to `--warn-days` warns).
 */
import type { PeerCertificate } from 'node:tls';
import { isNetworkError, openTls, resolveTarget } from '../net.js';
import { certSummary, daysLeft, describeChainError, hostMismatch, isoDay } from '../certs.js';
import type { CheckPlan, Outcome } from '../types.js';

/** Expiry thresholds in days. */
export interface ExpiryPolicy {
  minDays: number;
  warnDays: number;
}

/** The `tls` check of `host:port`. */
export function tlsCheck(host: string, port: number, policy: ExpiryPolicy, source?: string): CheckPlan {
  const target = `${host}:${port}`;
  return {
    id: `tls ${target}`,
    kind: 'tls',
    target,
    title: `certificate valid for ${host}, trusted, at least ${policy.minDays} days left`,
    dependsOn: [],
    source,
    endpoint: { host, port },
    async run(ctx): Promise<Outcome> {
      const dest = resolveTarget(ctx.net, host, port);
      let session;
      try {
        session = await openTls(dest, ctx.signal, ctx.net);
      } catch (error) {
        if (isNetworkError(error) || ctx.signal.aborted) throw error;
        return { status: 'fail', detail: `TLS handshake failed: ${(error as Error).message}`, expected: 'a TLS handshake', actual: (error as Error).message };
      }
      try {
        const { socket, chainError } = session;
        const cert = socket.getPeerCertificate(false);
        if (!cert || Object.keys(cert).length === 0) {
          return { status: 'fail', detail: 'Unexpected handshake without a certificate, expected one', expected: 'a certificate', actual: 'none' };
        }
        return judge(host, cert, chainError, policy, socket.getProtocol() ?? 'TLS');
      } finally {
        session.socket.destroy();
      }
    },
  };
}

function judge(
  host: string,
  cert: PeerCertificate,
  chainError: string | undefined,
  policy: ExpiryPolicy,
  protocol: string,
): Outcome {
  const days = daysLeft(cert);
  const until = isoDay(cert.valid_to);
  const problems: string[] = [];
  const name = hostMismatch(host, cert);
  if (name) problems.push(name);
  // An expired chain is said once, by the expiry check below.
  if (chainError && chainError !== 'CERT_HAS_EXPIRED') problems.push(describeChainError(chainError));
  if (days < 0) problems.push(`certificate expired on ${until}`);
  else if (days < policy.minDays) problems.push(`certificate expires in ${days} days (${until}), expected at least ${policy.minDays}`);
  const expected = `valid for ${host}, trusted chain, ≥ ${policy.minDays} days left`;
  if (problems.length > 0) {
    return { status: 'fail', detail: problems.join('; '), expected, actual: `${problems.join('; ')}` };
  }
  const detail = `${protocol}, ${certSummary(cert)}, ${days} days left (until ${until})`;
  const warning =
    days < policy.warnDays ? `certificate expires in ${days} days (${until}), renew before ${policy.minDays}` : undefined;
  return { status: 'pass', detail, expected, actual: `${days} days left`, warning };
}
