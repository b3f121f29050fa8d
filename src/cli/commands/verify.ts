/** `bolt verify`: live checks of the services the spec describes (thin: flags → verify → report). */
import { defineCommand } from '../command.js';
import { loadFromFlags, useColor, workDir } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

/** The flags of `bolt verify` (besides the common ones). */
const flags = {
  resolve: { type: 'string', multiple: true, value: 'HOST:PORT:ADDR[,ADDR]', description: 'pin HOST:PORT to addresses, as curl does (repeatable)' },
  'connect-to': { type: 'string', multiple: true, value: 'HOST1:PORT1:HOST2:PORT2', description: 'connect to HOST2:PORT2 instead, as curl does (repeatable)' },
  'ca-file': { type: 'string', multiple: true, value: 'PEM', description: 'trust these CA certificates too (repeatable)' },
  insecure: { type: 'boolean', short: 'k', description: 'do not verify certificates for http and mcp (tls still reports them)' },
  timeout: { type: 'string', value: 'MS', description: 'per check attempt (default 5000)' },
  deadline: { type: 'string', value: 'MS', description: 'for the whole run (default 60000, or 4 × timeout × (retries + 1) if longer)' },
  retries: { type: 'string', value: 'N', description: 'retry network errors N times; a pass on a retry is marked flaky (default 0)' },
  concurrency: { type: 'string', value: 'N', description: 'checks at a time (default 128)' },
  only: { type: 'string', value: 'KINDS', description: 'comma-separated: tcp,tls,http,postgres,redis,docker,mcp' },
  'min-days': { type: 'string', value: 'N', description: 'fail a certificate with fewer days left (default 14)' },
  'warn-days': { type: 'string', value: 'N', description: 'warn below this many days (default 2 × --min-days)' },
  registry: { type: 'string', value: 'FILE', description: 'registry.json to compare MCP tools with (default out/registry.json)' },
  'mapped-only': { type: 'boolean', description: 'skip targets no --resolve/--connect-to maps (never resolve spec names)' },
  from: { type: 'string', value: 'network|host', choices: ['network', 'host'], description: 'where port checks run from (default: host with --host, else network)' },
  host: { type: 'string', value: 'ADDR', description: "the server's name or IP address, for --from host (or live.host)" },
  'allow-empty': { type: 'boolean', description: 'exit 0 even when every check was skipped (nothing checked)' },
  format: { type: 'string', value: 'F', choices: ['pretty', 'json', 'junit'], description: 'pretty (default), json or junit' },
} as const satisfies FlagTable;

/** `bolt verify`: its flags, help and run. */
export const command = defineCommand({
  name: 'verify',
  docs: 'docs/verify.md',
  description: `Checks the live system the spec describes — targets come from the model, nothing is hand-listed:
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
The default is host when a server address is given, else network.`,
  flags,
  examples: [
    'bolt verify',
    'bolt verify --connect-to ::127.0.0.1:8443 --ca-file caddy-root.crt --only tls,http',
    'bolt verify --from host --host 203.0.113.5 --only tcp,postgres,redis',
    'bolt verify --connect-to postgres:5432:10.0.0.5:5432 --format junit > verify.xml',
  ],
  exitCodes: `0 every check passed (or was skipped, with at least one not skipped); 1 a check
failed, errored or timed out, or nothing was checked (no --allow-empty); 2 bad usage or
unreadable input.`,
  run,
});

/** Runs the command. */
async function run({ values }: Parsed<typeof flags>, env: CliEnv): Promise<number> {
  const format = values.format ?? 'pretty';
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
