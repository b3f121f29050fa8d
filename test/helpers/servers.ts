/**
 * Real servers for tests, on free loopback ports in temp dirs, stopped by `stop()` (call it in
 * `afterAll`/`finally`): Caddy with its internal CA, PostgreSQL (run as `postgres`: tests run as
 * root), Redis, a black hole (accepts, never answers), and openssl-made certificates with a
 * TLS server to present them. Nothing listens beyond 127.0.0.1.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A running test server. */
export interface Running {
  port: number;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (bound, then released). */
export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A fresh temp dir, removed by the returned function. */
export function tempDir(prefix = 'bolt-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Waits until `check` resolves true (polling), or throws after `ms` with the given description. */
export async function waitUntil(what: string, check: () => Promise<boolean>, ms = 20_000, log?: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}${log ? `:\n${log()}` : ''}`);
}

/** True when 127.0.0.1:port accepts a connection. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

function spawnLogged(cmd: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): { child: ChildProcess; log: () => string } {
  const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  return { child, log: () => text.slice(-4000) };
}

/** Signals the child (unless `signal` is null: it was told to stop otherwise), SIGKILL after `ms`. */
async function stopChild(child: ChildProcess, signal: NodeJS.Signals | null = 'SIGTERM', ms = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (signal) child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  await exited;
  clearTimeout(timer);
}

/** Redis on a free port (no persistence); `password` sets `requirepass`. */
export async function startRedis(options: { password?: string } = {}): Promise<Running> {
  const port = await freePort();
  const tmp = tempDir('bolt-redis-');
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tmp.dir, '--daemonize', 'no'];
  if (options.password) args.push('--requirepass', options.password);
  const { child, log } = spawnLogged('redis-server', args);
  try {
    await waitUntil(`redis-server on ${port}`, () => accepts(port), 10_000, log);
  } catch (error) {
    await stopChild(child);
    tmp.remove();
    throw error;
  }
  return { port, stop: async () => (await stopChild(child), tmp.remove()) };
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

/** PostgreSQL 15 in a temp cluster owned by `postgres`, password auth for user `postgres`. */
export async function startPostgres(options: { password?: string } = {}): Promise<Running & { user: string; password: string }> {
  const password = options.password ?? 'bolt-test-password';
  const port = await freePort();
  const tmp = tempDir('bolt-pg-');
  chmodSync(tmp.dir, 0o755);
  const data = join(tmp.dir, 'data');
  const sockets = join(tmp.dir, 'sock');
  const pwfile = join(tmp.dir, 'pw');
  mkdirSync(data, { mode: 0o700 });
  mkdirSync(sockets);
  writeFileSync(pwfile, `${password}\n`);
  const pgUser = await run('id', ['-u', 'postgres']);
  const pgGroup = await run('id', ['-g', 'postgres']);
  const [uid, gid] = [Number(pgUser.stdout.trim()), Number(pgGroup.stdout.trim())];
  for (const p of [data, sockets, pwfile]) chownSync(p, uid, gid);
  await run('runuser', ['-u', 'postgres', '--', `${PG_BIN}/initdb`, '-D', data, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '--no-sync'], {
    cwd: tmp.dir,
  });
  const { child, log } = spawnLogged(
    'runuser',
    ['-u', 'postgres', '--', `${PG_BIN}/postgres`, '-D', data, '-p', String(port), '-k', sockets, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    { cwd: tmp.dir },
  );
  const stop = async (): Promise<void> => {
    // runuser keeps a parent process: signal the postmaster itself (SIGINT = fast shutdown).
    const pidFile = join(data, 'postmaster.pid');
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : NaN;
    if (pid > 0) {
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // already gone
      }
    }
    await stopChild(child, pid > 0 ? null : 'SIGTERM').catch(() => undefined);
    tmp.remove();
  };
  try {
    await waitUntil(`postgres on ${port}`, async () => (await run(`${PG_BIN}/pg_isready`, ['-h', '127.0.0.1', '-p', String(port)]).then(() => true)), 30_000, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, user: 'postgres', password, stop };
}

/** A port that accepts connections and never answers (nor closes). */
export async function startBlackhole(): Promise<Running> {
  const sockets = new Set<Socket>();
  const server: Server = createNetServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A Caddy site: address (`api.smarterbot.cl:8443`) and body lines. */
export interface CaddySite {
  address: string;
  body: string[];
}

/** Caddy with its internal CA (`local_certs`, 60-day leaf certificates signed by the root). */
export interface RunningCaddy {
  httpPort: number;
  httpsPort: number;
  /** PEM path of the internal root CA, for `--ca-file`. */
  rootCa: string;
  stop(): Promise<void>;
}

/** Starts Caddy with the given sites; waits until each HTTPS site presents its certificate. */
export async function startCaddy(sites: (ports: { httpPort: number; httpsPort: number }) => CaddySite[]): Promise<RunningCaddy> {
  const tmp = tempDir('bolt-caddy-');
  const httpPort = await freePort();
  const httpsPort = await freePort();
  const storage = join(tmp.dir, 'storage');
  const list = sites({ httpPort, httpsPort });
  const caddyfile = [
    '{',
    '\tadmin off',
    '\tlocal_certs',
    '\tskip_install_trust',
    `\tstorage file_system ${storage}`,
    `\thttp_port ${httpPort}`,
    `\thttps_port ${httpsPort}`,
    '\tauto_https disable_redirects',
    '\tdefault_bind 127.0.0.1',
    '}',
    ...list.flatMap((s) => [
      `${s.address} {`,
      // 60-day leaves signed by the root: the default (12 h, by a 7-day intermediate) would fail --min-days.
      ...(s.address.startsWith('http://') ? [] : ['\ttls {', '\t\tissuer internal {', '\t\t\tlifetime 60d', '\t\t\tsign_with_root', '\t\t}', '\t}']),
      ...s.body.map((l) => `\t${l}`),
      '}',
    ]),
  ].join('\n');
  const file = join(tmp.dir, 'Caddyfile');
  writeFileSync(file, `${caddyfile}\n`);
  const home = join(tmp.dir, 'home');
  const env = { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config') };
  const { child, log } = spawnLogged('caddy', ['run', '--config', file, '--adapter', 'caddyfile'], { env, cwd: tmp.dir });
  const stop = async (): Promise<void> => {
    await stopChild(child);
    tmp.remove();
  };
  const rootCa = join(storage, 'pki/authorities/local/root.crt');
  try {
    for (const s of list) {
      if (s.address.startsWith('http://')) continue;
      const m = /^(?:https:\/\/)?([^:/\s]+):(\d+)$/.exec(s.address);
      if (!m || Number(m[2]) === httpPort) continue;
      const [host, port] = [m[1]!, Number(m[2])];
      await waitUntil(`caddy certificate for ${host}:${port}`, () => presentsCertificate(port, host), 30_000, log);
    }
    await waitUntil('caddy root CA', async () => existsSync(rootCa), 10_000, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { httpPort, httpsPort, rootCa, stop };
}

/** True when 127.0.0.1:port completes a TLS handshake for `host` with a certificate naming it. */
export function presentsCertificate(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = tlsConnect({ host: '127.0.0.1', port, servername: host, rejectUnauthorized: false });
    s.once('secureConnect', () => {
      const names = s.getPeerCertificate().subjectaltname ?? '';
      s.destroy();
      resolve(names.includes(host));
    });
    s.once('error', () => resolve(false));
    s.setTimeout(2000, () => (s.destroy(), resolve(false)));
  });
}

/** A test CA made with openssl. */
export interface TestCa {
  dir: string;
  cert: string;
  key: string;
  remove(): void;
}

/** Creates a CA (EC P-256, 30 days) in a temp dir. */
export async function makeCa(name = 'Bolt Test CA'): Promise<TestCa> {
  const tmp = tempDir('bolt-ca-');
  const cert = join(tmp.dir, 'ca.crt');
  const key = join(tmp.dir, 'ca.key');
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', `/CN=${name}`]);
  writeFileSync(join(tmp.dir, 'index.txt'), '');
  writeFileSync(join(tmp.dir, 'serial'), '1000\n');
  return { dir: tmp.dir, cert, key, remove: tmp.remove };
}

let leafCount = 0;

/** Issues a leaf for `names` with explicit validity (`YYYYMMDDHHMMSSZ`) or `days` from now. */
export async function makeLeaf(
  ca: TestCa,
  names: string[],
  validity: { days: number } | { start: string; end: string },
): Promise<{ cert: string; key: string }> {
  const id = `leaf${++leafCount}`;
  const key = join(ca.dir, `${id}.key`);
  const csr = join(ca.dir, `${id}.csr`);
  const cert = join(ca.dir, `${id}.crt`);
  const cnf = join(ca.dir, `${id}.cnf`);
  writeFileSync(
    cnf,
    [
      '[ca]', 'default_ca = d', '[d]', `database = ${join(ca.dir, 'index.txt')}`, `new_certs_dir = ${ca.dir}`,
      `serial = ${join(ca.dir, 'serial')}`, 'default_md = sha256', 'policy = p', 'unique_subject = no', 'x509_extensions = ext',
      '[p]', 'commonName = supplied', '[ext]', `subjectAltName = ${names.map((n) => `DNS:${n}`).join(',')}`, 'basicConstraints = CA:false',
    ].join('\n'),
  );
  await run('openssl', ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', csr, '-subj', `/CN=${names[0]}`]);
  const dates = 'days' in validity ? ['-days', String(validity.days)] : ['-startdate', validity.start, '-enddate', validity.end];
  await run('openssl', ['ca', '-batch', '-notext', '-config', cnf, '-cert', ca.cert, '-keyfile', ca.key, '-in', csr, '-out', cert, ...dates]);
  return { cert: readFileSync(cert, 'utf8'), key: readFileSync(key, 'utf8') };
}

/** An HTTPS server presenting `cert` and answering every request with `body` (status 200). */
export async function startTlsServer(leaf: { cert: string; key: string }, body = '{"status":"healthy"}'): Promise<Running> {
  const server = createHttpsServer({ cert: leaf.cert, key: leaf.key }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { port, stop: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}
