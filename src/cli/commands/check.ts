/** `bolt check [--out DIR] [--format pretty|json]`: regenerate in memory and diff against the output folder. */
import pc from 'picocolors';
import { existsSync } from 'node:fs';
import { check, type Drift, outDirOf } from '../../pipeline/build.js';
import { displayPath } from '../../paths.js';
import { validate } from '../../rules/validate.js';
import { defineCommand } from '../command.js';
import { loadFromFlags, useColor } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

/** The flags of `bolt check` (besides the common ones). */
const flags = {
  out: { type: 'string', value: 'DIR', description: 'output folder (default out)' },
  format: { type: 'string', value: 'FORMAT', choices: ['pretty', 'json'], description: 'pretty (default) or json' },
} as const satisfies FlagTable;

/** `bolt check`: its flags, help and run. */
export const command = defineCommand({
  name: 'check',
  description: `Regenerates every output in memory and compares it with the output folder (out/ by default).
Prints a unified diff per drifted file: missing (not built yet or deleted), changed (spec edited
since the last build, or the file edited by hand) and unexpected (no longer generated, or created
by hand inside a generated folder). Files other commands write (snapshots/, docs/) are not
compared. Never writes.`,
  flags,
  notes: `--format json prints one object:
  { "drift": [ { "path", "file", "kind", "handEdited", "generator", "diff" } ],
    "summary": { "missing": 0, "changed": 0, "unexpected": 0 } }`,
  examples: ['bolt check', "bolt check --format json | jq '.drift[].file'"],
  exitCodes: '0 in sync; 1 drift; 2 bad usage or unreadable input.',
  run,
});

function colorDiff(diff: string, c: ReturnType<typeof pc.createColors>): string {
  return diff
    .split('\n')
    .map((l) => (/^(?:\+\+\+|---)/.test(l) ? c.bold(l) : l.startsWith('+') ? c.green(l) : l.startsWith('-') ? c.red(l) : l.startsWith('@@') ? c.cyan(l) : l))
    .join('\n');
}

function describe(d: Drift): string {
  if (d.generator === 'manifest') return `${d.kind}: the record of generated files (follows the files above)`;
  if (d.kind === 'missing') return 'missing: not built yet, or deleted';
  if (d.kind === 'unexpected') return d.handEdited ? 'unexpected: not generated (created or edited by hand)' : 'unexpected: no longer generated';
  return d.handEdited ? 'changed: edited by hand since the last build' : 'changed: the specs changed since the last build';
}

/** What to do about the drift: `bolt build`, unless build would refuse (validation errors, hand edits). */
function advice(drift: Drift[], errors: number): string {
  if (errors > 0) {
    return `  hint: \`bolt build\` would refuse: validation finds ${errors} error(s) (see \`bolt validate\`); fix them first, or \`bolt build --force\`\n`;
  }
  if (drift.some((d) => d.handEdited && (d.kind === 'changed' || d.kind === 'unexpected'))) {
    return '  hint: `bolt build` would refuse to overwrite the hand edits above: move them into the specs, or `bolt build --force` to discard them\n';
  }
  return '  hint: run `bolt build` to regenerate\n';
}

/** Runs the command. */
async function run({ values }: Parsed<typeof flags>, env: CliEnv): Promise<number> {
  const format = values.format ?? 'pretty';
  const { config, loaded } = await loadFromFlags(values, env);
  const drift = await check(loaded, config, { out: values.out });
  const count = (kind: Drift['kind']): number => drift.filter((d) => d.kind === kind).length;
  const summaryCounts = { missing: count('missing'), changed: count('changed'), unexpected: count('unexpected') };
  if (format === 'json') {
    env.stdout.write(`${JSON.stringify({ drift, summary: summaryCounts }, null, 2)}\n`);
    return drift.length > 0 ? 1 : 0;
  }
  const c = pc.createColors(useColor(values, env));
  if (drift.length === 0) {
    if (!values.quiet) env.stdout.write(`${c.green('✔')} no drift: the output folder matches the specs\n`);
    return 0;
  }
  const outDir = outDirOf(loaded, config, { out: values.out });
  if (!existsSync(outDir)) {
    // Nothing was ever built there: one line says so, instead of a diff of every file.
    const shown = displayPath(loaded.cwd, outDir);
    env.stdout.write(
      `${c.red(c.bold(`✖ the output folder ${shown} does not exist`))} (${drift.length} file(s) missing)\n` +
        `  hint: build it with \`bolt build${values.out === undefined ? '' : ` --out ${values.out}`}\`, or check the --out path\n`,
    );
    return 1;
  }
  // The manifest's own diff is hash lines nobody reads: its entry only says it follows the files.
  for (const d of drift) env.stdout.write(`${c.bold(d.file)}: ${describe(d)}\n${d.generator === 'manifest' ? '' : `${colorDiff(d.diff, c)}\n`}`);
  env.stdout.write(
    `${c.red(c.bold(`✖ drift in ${drift.length} file(s)`))} (${summaryCounts.missing} missing, ${summaryCounts.changed} changed, ${summaryCounts.unexpected} unexpected)\n` +
      advice(drift, validate(loaded, config).summary.errors),
  );
  return 1;
}
