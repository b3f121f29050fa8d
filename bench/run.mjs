/**
 * `npm run bench`: Bolt Lab against the parser floor, side by side in one run.
 *
 * For the seed and synthetic specs of 2,000 and 20,000 services (bench/synth.mjs) it measures, each
 * in its own process: a bare unified + remark-parse + remark-gfm parse and a bare markdown-it parse
 * of the same bytes, `bolt parse`, `bolt build`, and the pipeline stage by stage (bench/lib/
 * stages.mjs); at 2,000 also a watch rebuild after a one-line edit; on the seed, `bolt validate`
 * against `node -e 0`, and `bolt lsp`'s warm re-validation over stdio (bench/lib/lsp.mjs). Prints the table and writes it into bench/RESULTS.md between the `bench:begin`/`bench:end` markers
 * (machine, date, load), keeping the analysis around them.
 *
 * Flags: --sizes seed,2000,20000   --timeout SECONDS (per process, default 180)   --no-build
 * A benchmark, not a test: it runs each size once and never fails on a missed target.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSynthRepo } from './synth.mjs';

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench', '.work');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: 'seed,2000,20000' }, timeout: { type: 'string', default: '180' }, 'no-build': { type: 'boolean' } } });
const timeoutMs = Number(values.timeout) * 1000;
const loadAtStart = loadavg();
const bin = join(root, 'dist/src/cli/bin.js');

/** Newest modification time under `dir` of files ending in `ext`. */
function newest(dir, ext) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(ext)) t = Math.max(t, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return t;
}

if (!values['no-build']) {
  const stale = Math.max(newest(join(root, 'src'), '.ts'), newest(join(root, 'generators'), '.ts')) > newest(join(root, 'dist'), '.js');
  if (stale || !existsSync(bin)) {
    process.stderr.write('bench: dist/ is stale, compiling (npx tsc)…\n');
    spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  }
}

/** Runs a process; wall time and peak RSS from /usr/bin/time when present, else wall time only. */
function measure(args, cwd, scale = 1) {
  const limit = timeoutMs * scale;
  const time = existsSync('/usr/bin/time');
  // timeout(1) sits between time(1) and node, so that a run over the limit is killed itself (killing
  // time(1) would leave node running) and time(1) still reports its peak RSS.
  const limited = ['timeout', '--kill-after=5', String(limit / 1000), ...args];
  const cmd = time ? '/usr/bin/time' : limited[0];
  const argv = time ? ['-f', '\n@@time %e %M', ...limited] : limited.slice(1);
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', timeout: limit + 30_000, maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  const m = /@@time ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  const timedOut = r.status === 124 || r.status === 137 || r.error?.code === 'ETIMEDOUT';
  return { wallMs, maxRssMb: m ? Number(m[2]) / 1024 : undefined, code: r.status, timedOut, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Last JSON object printed by a child, plus its stage lines. */
function childJson(stdout) {
  const lines = stdout.split('\n').filter((l) => l.startsWith('{'));
  const parsed = lines.map((l) => JSON.parse(l));
  const stages = Object.fromEntries(parsed.filter((p) => p.stage).map((p) => [p.stage, p.ms]));
  const cold = parsed.find((p) => p.stage === 'watch-cold');
  const warm = parsed.find((p) => p.stage === 'watch-warm');
  const watch = cold && warm ? { coldMs: cold.ms, warmMs: warm.ms, coldLoadMs: cold.loadMs, warmLoadMs: warm.loadMs } : undefined;
  return { final: parsed.filter((p) => !p.stage).at(-1), stages, watch, lastRss: parsed.filter((p) => p.maxRssMb).at(-1)?.maxRssMb };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function repoFor(size) {
  const dir = join(work, `synth-${size}`);
  if (size === 'seed') {
    mkdirSync(join(dir, 'specs'), { recursive: true });
    copyFileSync(join(root, 'specs/os.md'), join(dir, 'specs/os.md'));
    copyFileSync(join(root, 'specs/versions.lock'), join(dir, 'specs/versions.lock'));
    return { dir, bytes: statSync(join(dir, 'specs/os.md')).size };
  }
  return writeSynthRepo(Number(size), dir);
}

const results = [];
for (const size of values.sizes.split(',')) {
  const { dir, bytes } = repoFor(size);
  rmSync(join(dir, '.bolt-cache'), { recursive: true, force: true });
  const spec = join(dir, 'specs/os.md');
  process.stderr.write(`bench: ${size} (${(bytes / 1e6).toFixed(2)} MB)…\n`);
  const row = { size, bytes };
  const baseline = (kind) => {
    const r = measure(['node', join(root, 'bench/lib/baseline.mjs'), kind, spec], root);
    return { ...r, ...(childJson(r.stdout).final ?? {}) };
  };
  row.remark = baseline('remark');
  row.markdownIt = baseline('markdown-it');
  row.parse = measure(['node', bin, 'parse', '--quiet'], dir);
  rmSync(join(dir, 'out'), { recursive: true, force: true });
  row.build = measure(['node', bin, 'build', '--force', '--quiet'], dir);
  const stages = measure(['node', join(root, 'bench/lib/stages.mjs'), dir], root);
  const parsed = childJson(stages.stdout);
  row.stages = { ...parsed.stages, timedOut: stages.timedOut, maxRssMb: parsed.final?.maxRssMb ?? parsed.lastRss };
  if (size === '2000') {
    // Its own process and three times the limit: a cold build plus a rebuild, each a whole pipeline.
    const watched = measure(['node', join(root, 'bench/lib/stages.mjs'), dir, '--watch-only'], root, 3);
    const w = childJson(watched.stdout);
    row.stages.watch = w.final?.watch ?? w.watch;
  }
  // The on-disk cache: the first run fills .bolt-cache/, the second skips parsing.
  mkdirSync(join(dir, '.bolt-cache'), { recursive: true });
  row.parseCacheCold = measure(['node', bin, 'parse', '--quiet'], dir);
  row.parseCacheWarm = measure(['node', bin, 'parse', '--quiet'], dir);
  rmSync(join(dir, '.bolt-cache'), { recursive: true, force: true });
  if (size === 'seed') {
    const runs = (args) => median(Array.from({ length: 5 }, () => measure(args, dir).wallMs));
    const validate = ['node', bin, 'validate', '--quiet', '--fail-on', 'never'];
    row.startup = { nodeMs: runs(['node', '-e', '0']), validateMs: runs(validate) };
    mkdirSync(join(dir, '.bolt-cache'), { recursive: true });
    measure(validate, dir);
    row.startup.cachedMs = runs(validate);
    rmSync(join(dir, '.bolt-cache'), { recursive: true, force: true });
    // `bolt lsp`: the real server over stdio, warm re-validation after one-line edits (bench/lib/lsp.mjs).
    const lsp = measure(['node', join(root, 'bench/lib/lsp.mjs'), dir, '10'], root);
    try {
      row.lsp = JSON.parse(lsp.stdout.trim().split('\n').at(-1));
    } catch {
      row.lsp = undefined;
    }
  }
  results.push(row);
}

const ms = (x) => (x === undefined ? '–' : `${Math.round(x).toLocaleString('en-US')} ms`);
const mb = (x) => (x === undefined ? '–' : `${Math.round(x)} MB`);
const ratio = (a, b) => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`);
const wall = (r) => (r.timedOut ? `> ${values.timeout} s (timed out)` : ms(r.wallMs));

const lines = [];
const out = (s = '') => lines.push(s);
out('| spec | bytes | remark (process) | markdown-it (process) | `bolt parse` | `bolt build` | build / remark | parse / remark | remark / markdown-it | peak RSS remark / parse / build |');
out('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  out(`| ${r.size === 'seed' ? 'seed' : `${r.size} services`} | ${r.bytes.toLocaleString('en-US')} | ${wall(r.remark)} | ${wall(r.markdownIt)} | ${wall(r.parse)} | ${wall(r.build)} | ${r.build.timedOut ? '–' : ratio(r.build.wallMs, r.remark.wallMs)} | ${ratio(r.parse.wallMs, r.remark.wallMs)} | ${ratio(r.remark.wallMs, r.markdownIt.wallMs)} | ${mb(r.remark.maxRssMb)} / ${mb(r.parse.maxRssMb)} / ${r.build.timedOut ? '–' : mb(r.build.maxRssMb)} |`);
}
out();
out('Stages, in one process (`bench/lib/stages.mjs`; parse is every section parsed on its own; extract is the rest of `loadSpecs`, versions.lock (YAML) included):');
out();
out('| spec | read | parse | extract + lock | validate | generate | write | peak RSS | remark parse only (bare) | markdown-it parse only (bare) |');
out('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const s = r.stages;
  out(`| ${r.size} | ${ms(s.read)} | ${ms(s.parse)} | ${ms(s.extract)} | ${ms(s.validate)} | ${ms(s.generate)}${s.timedOut && s.generate === undefined ? ' (timed out)' : ''} | ${ms(s.write)} | ${mb(s.maxRssMb)} | ${ms(r.remark.parseMs)} | ${ms(r.markdownIt.parseMs)} |`);
}
out();
const pair = (a, b) => (a && b ? `${wall(a)} → ${wall(b)}` : '–');
out('On-disk section cache (`.bolt-cache/`), `bolt parse`: first run (fills it) → second run (unchanged specs):');
out();
for (const r of results) out(`- ${r.size}: ${pair(r.parseCacheCold, r.parseCacheWarm)} (${ratio(r.parseCacheWarm.wallMs, r.parseCacheCold.wallMs)})`);
const w = results.find((r) => r.stages.watch)?.stages.watch;
if (w) {
  out();
  out(`Watch (2,000 services, in-process \`Rebuilder\`): cold rebuild ${ms(w.coldMs)}, rebuild after a one-line edit ${ms(w.warmMs)} = ${ratio(w.warmMs, w.coldMs)} of cold${w.warm ? ` (${w.warm})` : ''}; of which loading config + specs + lock: ${ms(w.coldLoadMs)} → ${ms(w.warmLoadMs)} = ${ratio(w.warmLoadMs, w.coldLoadMs)}.`);
}
const seed = results.find((r) => r.startup);
if (seed) {
  out();
  out(`Startup (seed, median of 5): \`node -e 0\` ${ms(seed.startup.nodeMs)}, \`bolt validate\` ${ms(seed.startup.validateMs)} = ${ratio(seed.startup.validateMs, seed.startup.nodeMs)}; with a warm \`.bolt-cache/\` ${ms(seed.startup.cachedMs)} = ${ratio(seed.startup.cachedMs, seed.startup.nodeMs)}.`);
}
if (seed?.lsp) {
  out();
  out(`\`bolt lsp\` (seed, over stdio, median of ${seed.lsp.runs} one-line edits): warm re-validation of the whole workspace ${ms(seed.lsp.warmMs)} in the server; edit → diagnostics ${ms(seed.lsp.roundTripMs)} (includes the 200 ms debounce); first validation after opening os.md ${ms(seed.lsp.openMs)}.`);
}
const big = results.filter((r) => /^\d+$/.test(r.size));
if (big.length === 2) {
  out();
  out(`Scaling ${big[1].size} / ${big[0].size}: remark ${ratio(big[1].remark.wallMs, big[0].remark.wallMs)}, \`bolt parse\` ${ratio(big[1].parse.wallMs, big[0].parse.wallMs)}, \`bolt build\` ${big[1].build.timedOut ? '– (timed out)' : ratio(big[1].build.wallMs, big[0].build.wallMs)}.`);
}
const table = lines.join('\n');
process.stdout.write(`${table}\n`);

const cpu = /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? cpus()[0]?.model ?? 'unknown';
const machine = `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} free), Node ${process.version}, load average (1/5/15 min) at the start ${loadAtStart.map((l) => l.toFixed(1)).join(' / ')}, at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`;
const measured = `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine}.
Per-process timeout: ${values.timeout} s. Each size ran once; wall times include Node startup and module loading.

${table}
`;
// bench/RESULTS.md keeps its hand-written analysis: only the part between the markers is replaced.
const resultsFile = join(root, 'bench', 'RESULTS.md');
const begin = '<!-- bench:begin -->';
const end = '<!-- bench:end -->';
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
const next =
  previous.includes(begin) && previous.includes(end)
    ? `${previous.slice(0, previous.indexOf(begin) + begin.length)}\n${measured}${previous.slice(previous.indexOf(end))}`
    : `# Benchmark results (\`npm run bench\`)\n\n${begin}\n${measured}${end}\n`;
writeFileSync(resultsFile, next);
process.stderr.write('bench: wrote bench/RESULTS.md\n');
