/** `bolt validate`: static lint of the model, reported as pretty text, JSON, SARIF or GitHub annotations. */
import { formatGithub } from '../../report/github.js';
import { formatJson } from '../../report/json.js';
import { formatPretty } from '../../report/pretty.js';
import { formatSarif } from '../../report/sarif.js';
import { RULES } from '../../rules/index.js';
import { validate, type ValidationResult } from '../../rules/validate.js';
import { defineCommand } from '../command.js';
import { loadFromFlags, useColor } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

/** The flags of `bolt validate` (besides the common ones). */
const flags = {
  format: {
    type: 'string',
    value: 'F',
    choices: ['pretty', 'json', 'sarif', 'github'],
    description: 'pretty (default), json ({ diagnostics, summary }), sarif (SARIF 2.1.0),\ngithub (::error/::warning workflow commands)',
  },
  'fail-on': { type: 'string', value: 'S', choices: ['error', 'warning', 'never'], description: 'exit 1 when a finding is at or above S: error (default), warning, or never' },
  'list-rules': { type: 'boolean', description: 'print the rules (id, default severity, description) and exit' },
} as const satisfies FlagTable;

/** `bolt validate`: its flags, help and run. */
export const command = defineCommand({
  name: 'validate',
  docs: 'docs/rules.md',
  description: `Checks the specs (\`specs/**/*.md\` and \`specs/versions.lock\`) against the rule catalogue and
prints every finding at the text it concerns.`,
  flags,
  notes: `Severities are set per rule in bolt.config.yaml (\`rules: { "inventory/unpinned-image": "off" }\`);
docs/rules.md explains each rule with an example and the fix.`,
  examples: ['bolt validate', 'bolt validate --fail-on warning', 'bolt validate --format sarif > bolt.sarif', 'bolt validate --format github          # in a GitHub Actions step'],
  helpOnly: () => `Rules:\n${RULES.map((r) => `  ${r.id.padEnd(32)} ${r.severity.padEnd(8)} ${r.description}`).join('\n')}`,
  exitCodes: `0 no finding at or above --fail-on; 1 findings at or above it; 2 unreadable input,
unknown rule or severity in the config, or a usage error.`,
  run,
});

/** True when the findings reach the --fail-on threshold. */
export function fails(result: ValidationResult, failOn: 'error' | 'warning' | 'never'): boolean {
  if (failOn === 'never') return false;
  return result.summary.errors > 0 || (failOn === 'warning' && result.summary.warnings > 0);
}

/** Runs the command. */
async function run({ values }: Parsed<typeof flags>, env: CliEnv): Promise<number> {
  if (values['list-rules']) {
    env.stdout.write(RULES.map((r) => `${r.id}\t${r.severity}\t${r.description}\n`).join(''));
    return 0;
  }
  const format = values.format ?? 'pretty';
  const failOn = (values['fail-on'] ?? 'error') as 'error' | 'warning' | 'never';
  const { config, loaded } = await loadFromFlags(values, env);
  const result = validate(loaded, config);
  const failed = fails(result, failOn);
  if (format === 'json') env.stdout.write(formatJson(result));
  else if (format === 'sarif') env.stdout.write(formatSarif(result));
  else if (format === 'github') env.stdout.write(formatGithub(result));
  else if (!values.quiet || failed) env.stdout.write(formatPretty(result, { sources: loaded.sources, color: useColor(values, env) }));
  return failed ? 1 : 0;
}
