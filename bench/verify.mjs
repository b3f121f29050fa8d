/**
 * Benchmark of `bolt verify` (not a timed test): 1,000 loopback health-URL targets of which 10 %
 * are black-holed (a port that accepts and never answers). With a per-check timeout T, the run
 * must finish in about 2 × T: black holes occupy slots only until their timeout.
 *
 * Usage: node bench/verify.mjs [--targets 1000] [--timeout 5000,1000 (T values; the first decides)] [--concurrency N] [--write]
 *   BOLT_BIN=path/to/bin.js overrides the CLI (default dist/src/cli/bin.js; run `npm run build`).
 *   --write records the figures in bench/RESULTS-verify.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    targets: { type: 'string', default: '1000' },
    timeout: { type: 'string', default: '5000,1000' },
    concurrency: { type: 'string' },
    write: { type: 'boolean', default: false },
  },
});
const targets = Number(values.targets);
const timeouts = values.timeout.split(',').map(Number);
const bin = resolve(root, process.env.BOLT_BIN ?? 'dist/src/cli/bin.js');
if (!existsSync(bin)) {
  process.stderr.write(`bench/verify: ${bin} does not exist; run \`npm run build\` first (or set BOLT_BIN)\n`);
  process.exit(2);
}

// The servers: a healthy HTTP endpoint and a black hole, both on loopback.
const http = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"healthy"}'));
const held = new Set();
const hole = createNetServer((s) => {
  held.add(s);
  s.on('error', () => undefined);
});
const listen = (server) => new Promise((r) => server.listen(0, '127.0.0.1', () => r(server.address().port)));
const [okPort, holePort] = await Promise.all([listen(http), listen(hole)]);

// A spec whose Monitoring section lists the targets (every tenth one black-holed).
const dir = mkdtempSync(join(tmpdir(), 'bolt-bench-verify-'));
mkdirSync(join(dir, 'specs'));
const urls = Array.from({ length: targets }, (_, i) => `http://127.0.0.1:${i % 10 === 9 ? holePort : okPort}/health/${i}`);
const blackHoled = urls.filter((u) => u.includes(`:${holePort}/`)).length;
writeFileSync(
  join(dir, 'specs/os.md'),
  [
    '# SmarterOS - Verify benchmark',
    '**Version:** 1.2.0  ',
    '**Date:** 2025-11-23  ',
    '',
    '## 📊 Monitoring & Health',
    '',
    '### **Health Check Endpoints**',
    '',
    ...urls.map((u, i) => `- \`${u}\` - target ${i}`),
    '',
  ].join('\n'),
);

/** One CLI run with per-check timeout `timeout`. */
async function measure(timeout) {
  const args = [bin, 'verify', '--cwd', dir, '--only', 'http', '--timeout', String(timeout), '--format', 'json'];
  if (values.concurrency) args.push('--concurrency', values.concurrency);
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise((r) => child.on('exit', r));
  const wallMs = Math.round(performance.now() - t0);
  for (const s of held) s.destroy();
  held.clear();
  const report = JSON.parse(out);
  const counts = {};
  for (const c of report.checks) counts[c.result] = (counts[c.result] ?? 0) + 1;
  const runMs = report.summary.ms;
  return {
    targets,
    blackHoled,
    timeoutMs: timeout,
    concurrency: Number(values.concurrency ?? 128),
    exitCode: code,
    results: counts,
    runMs,
    wallMs,
    runOverTimeout: Number((runMs / timeout).toFixed(2)),
    wallOverTimeout: Number((wallMs / timeout).toFixed(2)),
    ok: runMs <= 2.2 * timeout && counts.pass === targets - blackHoled && counts.timeout === blackHoled,
  };
}

const results = [];
for (const t of timeouts) results.push(await measure(t));
http.closeAllConnections();
await Promise.all([new Promise((r) => http.close(r)), new Promise((r) => hole.close(r))]);
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);

if (values.write) {
  const rows = results.map(
    (r) => `| ${r.timeoutMs} ms | ${Object.entries(r.results).map(([k, v]) => `${v} ${k}`).join(', ')} | ${r.runMs} ms (${r.runOverTimeout} × T) | ${r.wallMs} ms (${r.wallOverTimeout} × T) | ${r.ok ? 'yes' : 'no'} |`,
  );
  const md = `# bolt verify benchmark

\`node bench/verify.mjs --write\` — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPUs.

${targets} loopback health-URL targets (\`http\` checks), ${blackHoled} of them black-holed (accept, never answer);
concurrency ${results[0].concurrency}${values.concurrency ? '' : ' (the default)'}, no retries. T is the per-check timeout (\`--timeout\`; 5000 ms is the default).
"run" is the LiveReport's \`summary.ms\`; "wall" is the whole CLI process (start-up and parsing the 1,000-line spec included).

| T | results | run | wall | run ≤ about 2 × T |
|---|---|---|---|---|
${rows.join('\n')}

The black holes take one timeout, all at once (they fit in the concurrency); the 900 answering
targets cost about 1 ms of CPU each on loopback, so with a short T that work, not the waiting,
sets the floor.
`;
  writeFileSync(join(root, 'bench/RESULTS-verify.md'), md);
}
process.exitCode = results[0].ok ? 0 : 1;
