/** `bolt validate`: static lint of the model, reported as pretty text, JSON, SARIF or GitHub annotations. */
import { basename, dirname, resolve } from 'node:path';
import type { BoltConfig } from '../../config.js';
import { boltError } from '../../errors/index.js';
import type { LoadedSpecs } from '../../load/index.js';
import { formatGithub } from '../../report/github.js';
import { formatJson } from '../../report/json.js';
import { formatPretty } from '../../report/pretty.js';
import { formatSarif } from '../../report/sarif.js';
import { applyBaseline, createBaseline, DEFAULT_BASELINE, formatBaseline, readBaseline } from '../../baseline/index.js';
import { fixWorkspace } from '../../fix/run.js';
import { closest } from '../../model/suggest.js';
import { RULES, RULES_BY_ID } from '../../rules/index.js';
import { validate, type ValidationResult } from '../../rules/validate.js';
import { writeAtomic } from '../../write/disk.js';
import { defineCommand } from '../command.js';
import { loadFromFlags, useColor, workDir } from '../common.js';
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
  fix: { type: 'boolean', description: 'apply every fix that does not overlap another, validate again, repeat (at most\n10 passes); files are written atomically; the report is what remains' },
  'fix-dry-run': { type: 'boolean', description: 'print the unified diff --fix would make, write nothing' },
  'fix-rule': { type: 'string', value: 'ID', description: 'only the fixes of rule ID (implies --fix unless --fix-dry-run is given)' },
  baseline: { type: 'string', value: 'FILE', description: 'report only findings FILE does not record, and its stale entries\n(default .bolt-baseline.json when present)' },
  'baseline-write': { type: 'string', value: 'FILE', description: "record today's findings in FILE (schemas/baseline.schema.json) and exit 0" },
} as const satisfies FlagTable;

/** `bolt validate`: its flags, help and run. */
export const command = defineCommand({
  name: 'validate',
  docs: 'docs/rules.md',
  description: `Checks the specs (\`specs/**/*.md\` and \`specs/versions.lock\`) against the rule catalogue and
prints every finding at the text it concerns.`,
  flags,
  notes: `Inline suppressions (docs/fixing.md): <!-- bolt-disable-next-line RULE -- reason -->, or
<!-- bolt-disable RULE -- reason --> … <!-- bolt-enable RULE -->.

Severities are set per rule in bolt.config.yaml (\`rules: { "inventory/unpinned-image": "off" }\`);
docs/rules.md explains each rule with an example and the fix.`,
  examples: [
    'bolt validate',
    'bolt validate --fail-on warning',
    'bolt validate --format sarif > bolt.sarif',
    'bolt validate --format github          # in a GitHub Actions step',
    'bolt validate --fix-dry-run            # review the fixes as a diff',
    'bolt validate --fix --fix-rule api/tool-count-mismatch',
    'bolt validate --baseline-write .bolt-baseline.json',
  ],
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
  const rule = values['fix-rule'];
  if (rule !== undefined && !RULES_BY_ID.has(rule)) {
    const near = closest(rule, RULES_BY_ID.keys());
    throw boltError('UnknownRuleId', { flag: '--fix-rule', id: rule }, { command: 'validate', flag: '--fix-rule', hint: near ? `did you mean \`${near}\`?` : 'see `bolt validate --list-rules`' });
  }
  if (values['baseline-write'] !== undefined && (values.fix || values['fix-dry-run'])) {
    throw boltError('FlagConflict', { flag: '--baseline-write', other: '--fix' }, { command: 'validate', flag: '--baseline-write', hint: 'fix first, then write the baseline of what remains' });
  }
  const cwd = workDir(values, env);
  const baseline = values['baseline-write'] === undefined ? await readBaseline(cwd, values.baseline ?? DEFAULT_BASELINE, values.baseline !== undefined) : undefined;
  let config: BoltConfig;
  let loaded: LoadedSpecs;
  let result: ValidationResult;
  if (values.fix || values['fix-dry-run'] || rule !== undefined) {
    const dryRun = values['fix-dry-run'] === true;
    const outcome = await fixWorkspace(
      { cwd, spec: values.spec, lock: values.lock, config: values.config },
      { rule, dryRun, after: baseline ? (r, l, c) => applyBaseline(r, baseline, l.sources, c) : undefined },
    );
    ({ config, loaded, result } = outcome);
    const files = outcome.changed.length;
    const did = `${outcome.applied.length} fix${outcome.applied.length === 1 ? '' : 'es'} in ${files} file${files === 1 ? '' : 's'}`;
    if (dryRun) {
      env.stdout.write(outcome.diff);
      env.stderr.write(`bolt validate --fix-dry-run: ${did} would be applied (nothing written); ${result.diagnostics.length} finding(s) would remain\n`);
      return fails(result, failOn) ? 1 : 0;
    }
    if (!values.quiet || outcome.applied.length > 0) env.stderr.write(`bolt validate --fix: ${did} (${outcome.passes} pass${outcome.passes === 1 ? '' : 'es'})${files > 0 ? `: ${outcome.changed.join(', ')}` : ''}\n`);
  } else {
    ({ config, loaded } = await loadFromFlags(values, env));
    result = validate(loaded, config);
    if (values['baseline-write'] !== undefined) {
      const target = values['baseline-write'];
      const written = createBaseline(result, loaded.sources);
      await writeAtomic(dirname(resolve(cwd, target)), basename(target), formatBaseline(written));
      env.stderr.write(`bolt validate: recorded ${written.entries.length} finding(s) in ${target}\n`);
      return 0;
    }
    if (baseline) result = applyBaseline(result, baseline, loaded.sources, config);
  }
  const failed = fails(result, failOn);
  if (format === 'json') env.stdout.write(formatJson(result));
  else if (format === 'sarif') env.stdout.write(formatSarif(result));
  else if (format === 'github') env.stdout.write(formatGithub(result));
  else if (!values.quiet || failed) env.stdout.write(formatPretty(result, { sources: loaded.sources, color: useColor(values, env) }));
  return failed ? 1 : 0;
}
