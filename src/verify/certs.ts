/**
 * Reading a peer certificate the way an operator wants it said: is it for this host, is its chain
 * trusted, how many days are left.
 */
import { checkServerIdentity, type PeerCertificate } from 'node:tls';

const DAY_MS = 86_400_000;

/** OpenSSL verification codes in words. */
const CHAIN_MESSAGES: Record<string, string> = {
  CERT_HAS_EXPIRED: 'certificate has expired',
  CERT_NOT_YET_VALID: 'certificate is not yet valid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'certificate is self-signed and not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'chain ends in an untrusted root (pass its CA with --ca-file)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'issuer is not trusted (pass its CA with --ca-file)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'issuer is not trusted (pass its CA with --ca-file, or serve the full chain)',
  UNABLE_TO_GET_ISSUER_CERT: 'issuer certificate is missing from the chain',
  CERT_REVOKED: 'certificate is revoked',
  CERT_SIGNATURE_FAILURE: 'certificate signature is invalid',
};

/** A chain verification code as a sentence. */
export function describeChainError(code: string): string {
  return CHAIN_MESSAGES[code] ?? `chain is not trusted (${code})`;
}

/** The DNS/IP names a certificate is valid for (SANs, else the CN). */
export function certNames(cert: PeerCertificate): string[] {
  const sans = (cert.subjectaltname ?? '')
    .split(',')
    .map((s) => s.trim().replace(/^(DNS|IP Address):/, ''))
    .filter(Boolean);
  if (sans.length > 0) return sans;
  const cn = cert.subject?.CN;
  return typeof cn === 'string' ? [cn] : [];
}

/** Undefined when the certificate is valid for `host`, else why not. */
export function hostMismatch(host: string, cert: PeerCertificate): string | undefined {
  if (checkServerIdentity(host, cert) === undefined) return undefined;
  const names = certNames(cert);
  return `certificate is for \`${names.join('`, `') || '(no name)'}\`, expected \`${host}\``;
}

/** Whole days until `valid_to` (negative once expired). */
export function daysLeft(cert: PeerCertificate, now = Date.now()): number {
  return Math.floor((Date.parse(cert.valid_to) - now) / DAY_MS);
}

/** `2027-01-23` from an OpenSSL date string. */
export function isoDay(date: string): string {
  const t = Date.parse(date);
  return Number.isNaN(t) ? date : new Date(t).toISOString().slice(0, 10);
}

/** The first problem that stops a client from trusting this session, for HTTP over TLS. */
export function tlsRejection(host: string, cert: PeerCertificate, chainError: string | undefined): string | undefined {
  return hostMismatch(host, cert) ?? (chainError ? describeChainError(chainError) : undefined);
}

/** `CN=api.smarterbot.cl` and its issuer, shortly. */
export function certSummary(cert: PeerCertificate): string {
  const issuer = cert.issuer?.CN ?? cert.issuer?.O ?? 'unknown issuer';
  return `issued by ${String(issuer)}`;
}
