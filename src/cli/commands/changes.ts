/** `bolt changes FROM [TO]`: what changed between two snapshots, or a snapshot and the specs. */
import { loadConfig } from '../../config.js';
import { BoltError } from '../../errors/index.js';
import { formatJson, formatMarkdown, formatPretty } from '../../snapshot/changes-format.js';
import { diffStates } from '../../snapshot/diff.js';
import { currentState, readSnapshot, resolveSnapshot, type SpecState } from '../../snapshot/state.js';
import { COMMON_HELP, loadFromFlags, parseFlags, useColor, workDir } from '../common.js';
import type { CliEnv } from '../env.js';

export const summary = 'what changed between two snapshots (or a snapshot and the specs)';
export const help = `Usage: bolt changes FROM [TO] [--format pretty|json|markdown] [--out DIR] [common flags]

Compares two release snapshots (FROM and TO are release names such as 1.1.0, read from
out/snapshots/<release>/, or snapshot folders); without TO, compares FROM with the current specs.
Lists services added and removed, image tags, versions.lock pins (changed, added, removed), ports,
statuses, routes, API endpoints, MCP tools, secret keys (names only; values never), health URLs,
regions and requirements, then a summary line in the manner of terraform plan:
\`+2 services, ~1 route, -1 endpoint\` (+ added, ~ changed, - removed). JSON carries the counts
under \`summary\`.

Flags:
  --format F    pretty (default), json, or markdown (bullets ready to paste into the Change Log)
  --out DIR     output folder holding snapshots/ (default out/, or \`out\` in bolt.config.yaml)

Exit codes: 0 compared (whether or not anything changed); 2 bad usage or an unknown snapshot.

Examples:
  bolt changes 1.1.0
  bolt changes 1.1.0 1.2.0 --format markdown
  bolt changes out/snapshots/1.1.0 --format json | jq '.services'

${COMMON_HELP}`;

const FORMATS = ['pretty', 'json', 'markdown'] as const;

/** Runs the command. */
export async function run(args: string[], env: CliEnv): Promise<number> {
  const { values, positionals } = parseFlags(args, { format: { type: 'string' }, out: { type: 'string' } }, 'changes', true);
  const format = values.format ?? 'pretty';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new BoltError(`Unexpected --format \`${format}\`, expected ${FORMATS.map((f) => `\`${f}\``).join(', ')}`, { location: { file: 'bolt changes' } });
  }
  if (positionals.length < 1 || positionals.length > 2) {
    throw new BoltError(`Unexpected ${positionals.length} arguments, expected \`FROM [TO]\``, { location: { file: 'bolt changes' }, hint: 'e.g. `bolt changes 1.1.0 1.2.0`' });
  }
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
