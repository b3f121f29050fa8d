/** `bolt build [--out DIR] [--only a,b] [--force]`: generate every output into the output folder. */
import pc from 'picocolors';
import { build } from '../../pipeline/build.js';
import { formatPretty } from '../../report/pretty.js';
import { GENERATORS } from '../../../generators/index.js';
import { defineCommand } from '../command.js';
import { loadFromFlags, useColor } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

const TARGETS = ['compose', 'stack'] as const;

/** The flags of `bolt build` (besides the common ones). */
const flags = {
  out: { type: 'string', value: 'DIR', description: 'output folder (default out)' },
  only: { type: 'string', list: true, value: 'ID,ID', choices: GENERATORS.map((g) => g.id), description: `run only these generators: ${GENERATORS.map((g) => g.id).join(', ')}` },
  target: {
    type: 'string',
    list: true,
    value: 'T,T',
    choices: TARGETS,
    description: 'deploy targets besides compose: stack (a Docker Swarm stack under\nstack/ and regions/<domain>/; same as `targets: [compose, stack]` in\nbolt.config.yaml, which `bolt check` then also sees)',
  },
  force: { type: 'boolean', description: 'build despite validation errors and hand edits' },
} as const satisfies FlagTable;

/** `bolt build`: its flags, help and run. */
export const command = defineCommand({
  name: 'build',
  docs: 'docs/outputs.md',
  description: `Validates the specs, runs every generator and writes the results into the output folder (out/
by default, or \`out:\` in bolt.config.yaml). Only changed files are written, each atomically;
files a generator no longer produces are removed; .bolt-manifest.json records what was written.

Refuses (exit 1, writes nothing) while validation finds errors, or when a generated file it would
overwrite or remove was edited by hand since the last build; --force builds anyway.`,
  flags,
  examples: ['bolt build', 'bolt build --only compose,caddyfile', 'bolt build --out /tmp/preview --force', 'bolt build --target stack'],
  exitCodes: '0 written (or nothing to write); 1 validation errors or hand-edited outputs (nothing written); 2 bad usage or unreadable input.',
  run,
});

/** Runs the command. */
async function run({ values }: Parsed<typeof flags>, env: CliEnv): Promise<number> {
  const only = values.only;
  const targets = values.target as (typeof TARGETS)[number][] | undefined;
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
  if (result.validation.summary.errors > 0) {
    // Forced past validation errors: they are still errors, so they are printed even with --quiet.
    const diagnostics = result.validation.diagnostics.filter((d) => d.severity === 'error');
    const errors = { diagnostics, summary: { errors: diagnostics.length, warnings: 0, infos: 0 } };
    env.stderr.write(`${formatPretty(errors, { sources: loaded.sources, color: useColor(values, env, env.stderr) })}\n`);
    env.stderr.write(`${c.yellow('bolt build: written despite')} ${diagnostics.length} validation error(s) (--force)\n`);
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
