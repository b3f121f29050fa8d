/** `bolt changes FROM [TO]`: what changed between two snapshots, or a snapshot and the specs. */
import { loadConfig } from '../../config.js';
import { formatJson, formatMarkdown, formatPretty } from '../../snapshot/changes-format.js';
import { diffStates } from '../../snapshot/diff.js';
import { currentState, readSnapshot, resolveSnapshot, type SpecState } from '../../snapshot/state.js';
import { defineCommand } from '../command.js';
import { loadFromFlags, useColor, workDir } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

/** The flags of `bolt changes` (besides the common ones). */
const flags = {
  format: { type: 'string', value: 'F', choices: ['pretty', 'json', 'markdown'], description: 'pretty (default), json, or markdown (bullets ready to paste into the Change Log)' },
  out: { type: 'string', value: 'DIR', description: 'output folder holding snapshots/ (default out/, or `out` in bolt.config.yaml)' },
} as const satisfies FlagTable;

/** `bolt changes`: its flags, help and run. */
export const command = defineCommand({
  name: 'changes',
  args: { usage: 'FROM [TO]', min: 1, max: 2 },
  description: `Compares two release snapshots (FROM and TO are release names such as 1.1.0, read from
out/snapshots/<release>/, or snapshot folders); without TO, compares FROM with the current specs.
Lists services added and removed, image tags, versions.lock pins (changed, added, removed), ports,
statuses, routes, API endpoints, MCP tools, secret keys (names only; values never), health URLs,
regions and requirements, then a summary line in the manner of terraform plan:
\`+2 services, ~1 route, -1 endpoint\` (+ added, ~ changed, - removed). JSON carries the counts
under \`summary\`.`,
  flags,
  examples: ['bolt changes 1.1.0', 'bolt changes 1.1.0 1.2.0 --format markdown', "bolt changes out/snapshots/1.1.0 --format json | jq '.services'"],
  exitCodes: '0 compared (whether or not anything changed); 2 bad usage or an unknown snapshot.',
  run,
});

/** Runs the command. */
async function run({ values, positionals }: Parsed<typeof flags>, env: CliEnv): Promise<number> {
  const format = values.format ?? 'pretty';
  const cwd = workDir(values, env);
  const { config, loaded } = positionals.length === 2 ? { config: await loadConfig(cwd, values.config), loaded: undefined } : await loadFromFlags(values, env);
  const outDir = values.out ?? config.out ?? 'out';
  const side = async (ref: string): Promise<SpecState> => readSnapshot(resolveSnapshot(ref, cwd, outDir), cwd, ref);
  const from = await side(positionals[0]!);
  const to = positionals[1] !== undefined ? await side(positionals[1]) : currentState(loaded!, config);
  const changes = diffStates(from, to);
  const text = format === 'json' ? formatJson(changes) : format === 'markdown' ? formatMarkdown(changes) : formatPretty(changes, useColor(values, env));
  if (!values.quiet || format !== 'pretty') env.stdout.write(text);
  return 0;
}
