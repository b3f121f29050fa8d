/** `bolt validate`: static lint of the model, reported as pretty text, JSON, SARIF or GitHub annotations. */
import { BoltError } from '../../errors/index.js';
import { formatGithub } from '../../report/github.js';
import { formatJson } from '../../report/json.js';
import { formatPretty } from '../../report/pretty.js';
import { formatSarif } from '../../report/sarif.js';
import { RULES } from '../../rules/index.js';
import { validate, type ValidationResult } from '../../rules/validate.js';
import { COMMON_HELP, loadFromFlags, parseFlags, useColor } from '../common.js';
import type { CliEnv } from '../env.js';

const FORMATS = ['pretty', 'json', 'sarif', 'github'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;

export const summary = 'lint the model statically';
export const help = `Usage: bolt validate [--format pretty|json|sarif|github] [--fail-on error|warning|never] [common flags]

Checks the specs (specs/**/*.md and specs/versions.lock) against the rule catalogue below and
prints every finding at the text it concerns.

Flags:
  --format F      pretty (default), json ({ diagnostics, summary }), sarif (SARIF 2.1.0),
                  github (::error/::warning workflow commands)
  --fail-on S     exit 1 when a finding is at or above S: error (default), warning, or never
  --list-rules    print the rules (id, default severity, description) and exit

Severities are set per rule in bolt.config.yaml (\`rules: { "inventory/unpinned-image": "off" }\`);
docs/rules.md explains each rule with an example and the fix.

Examples:
  bolt validate
  bolt validate --fail-on warning
  bolt validate --format sarif > bolt.sarif
  bolt validate --format github          # in a GitHub Actions step

Rules:
${RULES.map((r) => `  ${r.id.padEnd(32)} ${r.severity.padEnd(8)} ${r.description}`).join('\n')}

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 unreadable input,
unknown rule or severity in the config, or a usage error.

${COMMON_HELP}`;

function choice<T extends string>(value: string | undefined, options: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((options as readonly string[]).includes(value)) return value as T;
  throw new BoltError(`Unexpected ${flag} \`${value}\`, expected one of ${options.map((o) => `\`${o}\``).join(', ')}`, {
    location: { file: 'bolt validate' },
    hint: 'see `bolt validate --help`',
  });
}

/** True when the findings reach the --fail-on threshold. */
export function fails(result: ValidationResult, failOn: (typeof FAIL_ON)[number]): boolean {
  if (failOn === 'never') return false;
  return result.summary.errors > 0 || (failOn === 'warning' && result.summary.warnings > 0);
}

/** Runs the command. */
export async function run(args: string[], env: CliEnv): Promise<number> {
  const { values } = parseFlags(args, { format: { type: 'string' }, 'fail-on': { type: 'string' }, 'list-rules': { type: 'boolean' } }, 'validate');
  if (values['list-rules']) {
    env.stdout.write(RULES.map((r) => `${r.id}\t${r.severity}\t${r.description}\n`).join(''));
    return 0;
  }
  const format = choice(values.format, FORMATS, '--format', 'pretty');
  const failOn = choice(values['fail-on'], FAIL_ON, '--fail-on', 'error');
  const { config, loaded } = await loadFromFlags(values, env);
  const result = validate(loaded, config);
  const failed = fails(result, failOn);
  if (format === 'json') env.stdout.write(formatJson(result));
  else if (format === 'sarif') env.stdout.write(formatSarif(result));
  else if (format === 'github') env.stdout.write(formatGithub(result));
  else if (!values.quiet || failed) env.stdout.write(formatPretty(result, { sources: loaded.sources, color: useColor(values, env) }));
  return failed ? 1 : 0;
}
