/** `bolt verify`: live checks of the services the spec describes (thin: flags → verify → report). */
import { BoltError } from '../../errors/index.js';
import { COMMON_HELP, loadFromFlags, parseFlags, useColor, workDir } from '../common.js';
import type { CliEnv } from '../env.js';

export const summary = 'check the spec against the running services';
export const help = `Usage: bolt verify [flags] [common flags]

Checks the live system the spec describes — targets come from the model, nothing is hand-listed:
  tcp       every port of every running container, reached as --from says (below)
  tls       every live routed domain on 443: handshake, certificate valid for the host,
            chain trusted, days to expiry
  http      every health URL answers 2xx; the API's body matches "Expected Health Response"
  postgres  protocol handshake; SELECT 1 when PGUSER/PGPASSWORD are set
  redis     PING → PONG (AUTH with REDISCLI_AUTH or REDIS_PASSWORD)
  docker    the Engine API (DOCKER_HOST or /var/run/docker.sock) vs the inventory and versions.lock
  mcp       initialize + tools/list on https://<api host>/mcp vs registry.json

Results are pass, fail, skip, error or timeout. A check whose prerequisite did not pass (HTTP after
a failed TLS handshake, Redis after a refused connection) is skipped, not failed twice. A run in
which every check was skipped checked nothing: it exits 1 unless --allow-empty.

Port checks (tcp, postgres, redis) run from one of two places (--from):
  network   inside the Docker network: container name + container port (smartapi:8000)
  host      outside it: the server's address (--host or live.host) + published port (ADDR:8001)
The default is host when a server address is given, else network.

Flags:
  --resolve HOST:PORT:ADDR[,ADDR]      pin HOST:PORT to addresses, as curl does (repeatable)
  --connect-to HOST1:PORT1:HOST2:PORT2 connect to HOST2:PORT2 instead, as curl does (repeatable)
  --ca-file PEM         trust these CA certificates too (repeatable)
  -k, --insecure        do not verify certificates for http and mcp (tls still reports them)
  --timeout MS          per check attempt (default 5000)
  --deadline MS         for the whole run (default 60000, or 4 × timeout × (retries + 1) if longer)
  --retries N           retry network errors N times; a pass on a retry is marked flaky (default 0)
  --concurrency N       checks at a time (default 128)
  --only KINDS          comma-separated: tcp,tls,http,postgres,redis,docker,mcp
  --min-days N          fail a certificate with fewer days left (default 14)
  --warn-days N         warn below this many days (default 2 × --min-days)
  --registry FILE       registry.json to compare MCP tools with (default out/registry.json)
  --mapped-only         skip targets no --resolve/--connect-to maps (never resolve spec names)
  --from network|host   where port checks run from (default: host with --host, else network)
  --host ADDR           the server's name or IP address, for --from host (or live.host)
  --allow-empty         exit 0 even when every check was skipped (nothing checked)
  --format F            pretty (default), json or junit

Exit codes: 0 every check passed (or was skipped, with at least one not skipped); 1 a check
failed, errored or timed out, or nothing was checked (no --allow-empty); 2 bad usage or
unreadable input.

Examples:
  bolt verify
  bolt verify --connect-to ::127.0.0.1:8443 --ca-file caddy-root.crt --only tls,http
  bolt verify --from host --host 203.0.113.5 --only tcp,postgres,redis
  bolt verify --connect-to postgres:5432:10.0.0.5:5432 --format junit > verify.xml

${COMMON_HELP}`;

const OPTIONS = {
  resolve: { type: 'string', multiple: true },
  'connect-to': { type: 'string', multiple: true },
  'ca-file': { type: 'string', multiple: true },
  insecure: { type: 'boolean', short: 'k' },
  timeout: { type: 'string' },
  deadline: { type: 'string' },
  retries: { type: 'string' },
  concurrency: { type: 'string' },
  only: { type: 'string' },
  'min-days': { type: 'string' },
  'warn-days': { type: 'string' },
  registry: { type: 'string' },
  'mapped-only': { type: 'boolean' },
  from: { type: 'string' },
  host: { type: 'string' },
  'allow-empty': { type: 'boolean' },
  format: { type: 'string' },
} as const;

const FORMATS = ['pretty', 'json', 'junit'] as const;

/** Runs the command. */
export async function run(args: string[], env: CliEnv): Promise<number> {
  const { values } = parseFlags(args, OPTIONS, 'verify');
  const format = values.format ?? 'pretty';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new BoltError(`Unexpected --format \`${format}\`, expected one of ${FORMATS.join(', ')}`, { location: { file: 'bolt verify' } });
  }
  const cwd = workDir(values, env);
  const [{ loaded, config }, { verify, checkedNothing, nothingChecked }, { verifyOptionsFrom }] = await Promise.all([
    loadFromFlags(values, env),
    import('../../verify/index.js'),
    import('../../verify/options.js'),
  ]);
  const options = await verifyOptionsFrom({
    cwd,
    config,
    loaded,
    env: env.env,
    request: {
      resolve: values.resolve,
      connectTo: values['connect-to'],
      caFile: values['ca-file'],
      insecure: values.insecure,
      timeout: values.timeout,
      deadline: values.deadline,
      retries: values.retries,
      concurrency: values.concurrency,
      only: values.only,
      minDays: values['min-days'],
      warnDays: values['warn-days'],
      registry: values.registry,
      mappedOnly: values['mapped-only'],
      from: values.from,
      host: values.host,
    },
  });

  const progress = env.stderr.isTTY === true && !values.quiet && env.env.CI === undefined;
  let lastDraw = 0;
  const { progressLine } = progress ? await import('../../report/verify-pretty.js') : { progressLine: undefined };
  const report = await verify({
    ...options,
    onProgress: progressLine
      ? (done, total, running) => {
          const now = Date.now();
          if (now - lastDraw < 80 && done < total) return;
          lastDraw = now;
          env.stderr.write(`\r\x1b[2K${progressLine(done, total, running, (env.stderr as { columns?: number }).columns ?? 80)}`);
        }
      : undefined,
  });
  if (progress) env.stderr.write('\r\x1b[2K');

  const failed = report.summary.failed > 0;
  const empty = !failed && checkedNothing(report.summary) && !values['allow-empty'];
  if (format === 'json') env.stdout.write((await import('../../report/verify-json.js')).formatVerifyJson(report));
  else if (format === 'junit') env.stdout.write((await import('../../report/verify-junit.js')).formatVerifyJunit(report));
  else if (!values.quiet || failed || empty) {
    const { formatVerifyPretty } = await import('../../report/verify-pretty.js');
    env.stdout.write(formatVerifyPretty(report, { color: useColor(values, env), width: env.stdout.columns }));
  }
  if (empty) {
    const { message, hint } = nothingChecked(report.summary);
    env.stderr.write(`bolt verify: ${message}\n  hint: ${hint}\n`);
  }
  return failed || empty ? 1 : 0;
}
