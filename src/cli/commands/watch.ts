/**
 * `bolt watch [--out DIR] [--only ID,ID] [--debounce MS]`: build once, then rebuild whenever a spec,
 * the lock, the config, a template override or a tool schema changes. Watching is chokidar's: it
 * follows files that editors save by writing a temporary file and renaming it over the old one. Unchanged sections are not parsed again (the
 * in-memory section cache); only files whose contents changed are written. A failing rebuild prints
 * why and writes nothing, so the last good outputs stay; Ctrl-C stops with exit 0.
 */
import { relative, resolve, sep } from 'node:path';
import { watch as chokidarWatch } from 'chokidar';
import pc from 'picocolors';
import { Rebuilder, type RebuildReport } from '../../pipeline/watch.js';
import { CONFIG_FILE, loadConfig } from '../../config.js';
import { boltError } from '../../errors/index.js';
import { DEFAULT_LOCK, DEFAULT_SPEC } from '../../load/index.js';
import { formatPretty } from '../../report/pretty.js';
import { GENERATORS } from '../../../generators/index.js';
import { defineCommand } from '../command.js';
import { useColor, workDir } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

/** The flags of `bolt watch` (besides the common ones). */
const flags = {
  out: { type: 'string', value: 'DIR', description: 'output folder (default out)' },
  only: { type: 'string', list: true, value: 'ID,ID', choices: GENERATORS.map((g) => g.id), description: 'run only these generators (see `bolt build --help`)' },
  debounce: { type: 'string', value: 'MS', description: 'wait this long after the last change before rebuilding (default 100)' },
} as const satisfies FlagTable;

/** `bolt watch`: its flags, help and run. */
export const command = defineCommand({
  name: 'watch',
  description: `Builds once, then rebuilds on every change to the spec files, versions.lock, bolt.config.yaml or the
template override folder. Only the edited sections are parsed again and only changed outputs are
written. When a rebuild fails (unreadable input, validation errors, outputs edited by hand) the
errors are printed, nothing is written, the last good outputs stay, and watching goes on.
Ctrl-C stops (exit 0).`,
  flags,
  examples: ['bolt watch', 'bolt watch --only compose,caddyfile --debounce 300'],
  run,
});

/** The folder a glob can match under: its segments before the first one with a glob character. */
function globBase(cwd: string, glob: string): string {
  const parts = glob.split(/[\\/]/);
  const i = parts.findIndex((p) => /[*?[\]{}()!]/.test(p));
  return resolve(cwd, ...(i < 0 ? parts.slice(0, -1) : parts.slice(0, i)));
}

/** Runs the command; resolves with 0 when interrupted. */
async function run({ values }: Parsed<typeof flags>, env: CliEnv): Promise<number> {
  const debounce = Number(values.debounce ?? 100);
  if (!Number.isInteger(debounce) || debounce < 0) {
    throw boltError('InvalidFlagValue', { what: 'value', flag: '--debounce', value: String(values.debounce), expected: 'a number of milliseconds' }, { command: 'watch', flag: '--debounce', hint: 'e.g. `bolt watch --debounce 300`' });
  }
  const cwd = workDir(values, env);
  const only = values.only;
  const config = await loadConfig(cwd, values.config);
  const out = resolve(cwd, values.out ?? config.out ?? 'out');
  const c = pc.createColors(useColor(values, env));
  const rebuilder = new Rebuilder({ cwd, config: values.config, spec: values.spec, lock: values.lock, out: values.out, only });

  const report = (r: RebuildReport): void => {
    const o = r.outcome;
    if (o.status === 'unreadable') env.stderr.write(`${o.message}\n`);
    if (o.status === 'invalid') {
      const errors = o.validation.diagnostics.filter((d) => d.severity === 'error');
      env.stderr.write(`${formatPretty({ diagnostics: errors, summary: { errors: errors.length, warnings: 0, infos: 0 } }, { sources: o.loaded.sources, color: useColor(values, env, env.stderr) })}\n`);
    }
    if (o.status === 'written') {
      if (!values.quiet) env.stdout.write(`${c.green('✔')} ${r.summary}\n`);
      for (const p of values.quiet ? [] : o.written) env.stdout.write(`  ${c.green('write')}  ${p}\n`);
    } else env.stderr.write(`${c.red('✘')} ${r.summary}\n`);
  };

  // Watch the folders the spec globs can match under, and the single inputs; chokidar re-arms on
  // rename-style saves (vim, sed -i, most formatters) and reports files that appear later.
  const specGlobs = values.spec ?? config.spec ?? [DEFAULT_SPEC];
  const files = [resolve(cwd, values.lock ?? config.lock ?? DEFAULT_LOCK), resolve(cwd, values.config ?? CONFIG_FILE)];
  const trees = [
    ...specGlobs.map((g) => globBase(cwd, g)),
    ...(config.templates ? [resolve(cwd, config.templates)] : []),
    resolve(cwd, config.toolSchemas ?? 'schemas/tools'),
  ];
  const ignored = (path: string): boolean => path === out || path.startsWith(out + sep) || path.split(sep).includes('.bolt-cache');

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const rebuild = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        report(await rebuilder.rebuild());
      } while (again);
    })();
    await running;
    running = undefined;
  };
  const changed = (path: string): void => {
    if (ignored(path)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), debounce);
  };

  await rebuild();
  // One watcher from the working folder down, traversing only the folders on the way to an input:
  // an input folder that does not exist yet (no schemas/tools/, no template folder) is picked up
  // when it appears.
  const targets = [...new Set([...trees, ...files])];
  const relevant = (path: string): boolean =>
    path === cwd || targets.some((t) => path === t || path.startsWith(t + sep) || t.startsWith(path + sep));
  const watcher = chokidarWatch(cwd, { ignoreInitial: true, ignored: (path: string) => ignored(path) || !relevant(resolve(cwd, path)), atomic: true });
  watcher.on('all', (_event, path) => changed(resolve(cwd, path)));
  watcher.on('error', (error) => env.stderr.write(`bolt watch: ${(error as Error).message}\n`));
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));
  if (!values.quiet) env.stdout.write(`${c.dim(`watching ${[...new Set(trees)].map((t) => relative(cwd, t) || '.').join(', ')} and ${files.map((f) => relative(cwd, f)).join(', ')} (Ctrl-C stops)`)}\n`);

  return new Promise<number>((resolveExit) => {
    const stop = (): void => {
      clearTimeout(timer);
      void watcher.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void (running ?? Promise.resolve()).then(() => resolveExit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
