/** `bolt parse [--json]`: parse the specs and print a summary, or the whole model as JSON. */
import { summarize } from '../../model/summary.js';
import { defineCommand } from '../command.js';
import { loadFromFlags } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

/** The flags of `bolt parse` (besides the common ones). */
const flags = {
  json: { type: 'boolean', description: 'print the whole model (positions included) as one JSON object' },
} as const satisfies FlagTable;

/** `bolt parse`: its flags, help and run. */
export const command = defineCommand({
  name: 'parse',
  description: `Parses the specs (\`specs/**/*.md\` and \`specs/versions.lock\`) into the typed model and prints a summary
per section and file; --json prints the whole model (positions included) as one JSON object:
{ "model": …, "lock": …, "issues": [ … ] }.`,
  flags,
  examples: ['bolt parse', "bolt parse --json | jq '.model.inventory.tiers[].containers[].name'", "bolt parse --spec 'platform/**/*.md' --lock platform/versions.lock"],
  run,
});

/** Runs the command. */
async function run({ values }: Parsed<typeof flags>, env: CliEnv): Promise<number> {
  const { loaded } = await loadFromFlags(values, env);
  const { model, lock, issues } = loaded;
  if (values.json) {
    env.stdout.write(`${JSON.stringify({ model, lock: lock ?? null, issues }, null, 2)}\n`);
    return 0;
  }
  if (values.quiet) return 0;
  const rows = summarize(model);
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = [
    `${model.files.length === 1 ? model.files[0] : `${model.files.length} files: ${model.files.join(', ')}`}${lock ? ` + ${lock.file} (${lock.images.length} pins)` : ''}`,
    ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`),
  ];
  if (model.files.length > 1) {
    for (const file of model.files) {
      const sections = model.sections.filter((s) => s.pos?.file === file).map((s) => s.id ?? s.heading);
      lines.push(`  ${file}: ${sections.length} sections (${sections.join(', ')})`);
    }
  }
  const byRule = new Map<string, number>();
  for (const i of issues) byRule.set(i.ruleId, (byRule.get(i.ruleId) ?? 0) + 1);
  if (issues.length > 0) lines.push(`  ${[...byRule].map(([r, n]) => `${n} ${r}`).join(', ')} (see \`bolt validate\`)`);
  env.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
