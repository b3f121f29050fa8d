/** `bolt build [--out DIR] [--only a,b] [--force]`: generate every output into the output folder. */
import pc from 'picocolors';
import { BoltError } from '../../errors/index.js';
import { build, selectGenerators } from '../../pipeline/build.js';
import { formatPretty } from '../../report/pretty.js';
import { GENERATORS } from '../../../generators/index.js';
import { COMMON_HELP, loadFromFlags, parseFlags, useColor } from '../common.js';
import type { CliEnv } from '../env.js';

export const summary = 'generate every output (compose, Caddyfile, registry.json …) into out/';
export const help = `Usage: bolt build [--out DIR] [--only ID,ID] [--target stack] [--force] [common flags]

Validates the specs, runs every generator and writes the results into the output folder (out/
by default, or \`out:\` in bolt.config.yaml). Only changed files are written, each atomically;
files a generator no longer produces are removed; .bolt-manifest.json records what was written.

Refuses (exit 1, writes nothing) while validation finds errors, or when a generated file it would
overwrite or remove was edited by hand since the last build; --force builds anyway.

Flags:
  --out DIR         output folder (default out)
  --only ID,ID      run only these generators: ${GENERATORS.map((g) => g.id).join(', ')}
  --target T,T      deploy targets besides compose: stack (a Docker Swarm stack under
                    stack/ and regions/<domain>/; same as \`targets: [compose, stack]\` in
                    bolt.config.yaml, which \`bolt check\` then also sees)
  --force           build despite validation errors and hand edits

Examples:
  bolt build
  bolt build --only compose,caddyfile
  bolt build --out /tmp/preview --force
  bolt build --target stack

${COMMON_HELP}`;

const TARGETS = ['compose', 'stack'] as const;

/** `--target stack,compose` → the targets, checked; undefined without the flag. */
function targetsFrom(raw: string[] | undefined): (typeof TARGETS)[number][] | undefined {
  if (!raw) return undefined;
  const list = raw.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  for (const t of list) {
    if (!(TARGETS as readonly string[]).includes(t)) {
      throw new BoltError(`Unexpected target \`${t}\`, expected one of ${TARGETS.map((x) => `\`${x}\``).join(', ')}`, { location: { file: 'bolt build' }, hint: 'e.g. `bolt build --target stack`' });
    }
  }
  return list as (typeof TARGETS)[number][];
}

/** Runs the command. */
export async function run(args: string[], env: CliEnv): Promise<number> {
  const { values } = parseFlags(args, { out: { type: 'string' }, only: { type: 'string', multiple: true }, target: { type: 'string', multiple: true }, force: { type: 'boolean' } }, 'build');
  const only = values.only?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  selectGenerators(only);
  const targets = targetsFrom(values.target);
  const loadedFromFlags = await loadFromFlags(values, env);
  const { loaded } = loadedFromFlags;
  const config = targets ? { ...loadedFromFlags.config, targets: [...new Set([...(loadedFromFlags.config.targets ?? ['compose']), ...targets])] } : loadedFromFlags.config;
  const color = useColor(values, env);
  const c = pc.createColors(color);
  const result = await build(loaded, config, { out: values.out, only, force: values.force });

  if (result.status === 'invalid') {
    const diagnostics = result.validation.diagnostics.filter((d) => d.severity === 'error');
    const errors = { diagnostics, summary: { errors: diagnostics.length, warnings: 0, infos: 0 } };
    env.stderr.write(`${formatPretty(errors, { sources: loaded.sources, color: useColor(values, env, env.stderr) })}\n`);
    env.stderr.write(`${c.red('bolt build: nothing written')}: validation found ${result.validation.summary.errors} error(s); fix them or pass --force\n`);
    return 1;
  }
  if (result.status === 'hand-edited') {
    const lines = result.conflicts.map((d) => `  ${d.file} (${d.kind === 'unexpected' ? 'not generated' : 'edited by hand'})`);
    env.stderr.write(
      `${c.red('bolt build: nothing written')}: ${result.conflicts.length} generated file(s) changed by hand since the last build:\n${lines.join('\n')}\n` +
        `  hint: move the change into the specs (see \`bolt check\` for the diff), or pass --force to overwrite\n`,
    );
    return 1;
  }
  if (!values.quiet) {
    const out = result.outDir === loaded.cwd ? '.' : result.outDir.slice(loaded.cwd.length + 1) || result.outDir;
    const warnings = result.validation.summary.errors + result.validation.summary.warnings;
    env.stdout.write(
      `${c.green('✔')} ${out}: ${result.written.length} written, ${result.removed.length} removed, ${result.unchanged} unchanged` +
        `${warnings > 0 ? c.dim(` (${result.validation.summary.errors} errors, ${result.validation.summary.warnings} warnings: see \`bolt validate\`)`) : ''}\n`,
    );
    for (const p of result.written) env.stdout.write(`  ${c.green('write')}  ${p}\n`);
    for (const p of result.removed) env.stdout.write(`  ${c.red('remove')} ${p}\n`);
  }
  return 0;
}
