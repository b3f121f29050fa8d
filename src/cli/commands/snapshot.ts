/** `bolt snapshot --release X.Y.Z`: freeze the spec and its main outputs under `out/snapshots/X.Y.Z/`. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pc from 'picocolors';
import { boltError } from '../../errors/index.js';
import { formatPretty } from '../../report/pretty.js';
import { createSnapshot } from '../../snapshot/create.js';
import { applyLive, measure } from '../../snapshot/live.js';
import { sourceInfo } from '../../snapshot/manifest.js';
import { formatReleaseMismatches, releaseHint, releaseMismatches } from '../../snapshot/release-check.js';
import { snapshotDir, writeSnapshot } from '../../snapshot/write.js';
import { validate } from '../../rules/validate.js';
import { defineCommand } from '../command.js';
import { loadFromFlags, useColor, workDir } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

/** The flags of `bolt snapshot` (besides the common ones). */
const flags = {
  release: { type: 'string', required: true, value: 'X.Y.Z', description: 'the release' },
  date: { type: 'string', value: 'YYYY-MM-DD', description: 'the release date' },
  live: { type: 'boolean', description: "fill the inventory's status column from `bolt verify`; the manifest\nrecords when it was measured and every check" },
  force: { type: 'boolean', description: 'replace an existing snapshot of this release, and snapshot despite\nvalidation errors or versions that do not say the release' },
  out: { type: 'string', value: 'DIR', description: 'output folder (default out/, or `out` in bolt.config.yaml)' },
  resolve: { type: 'string', multiple: true, value: 'HOST:PORT:ADDR', description: 'with --live: passed to `bolt verify`' },
  'connect-to': { type: 'string', multiple: true, value: 'H1:P1:H2:P2', description: 'with --live: passed to `bolt verify`' },
  'ca-file': { type: 'string', multiple: true, value: 'PEM', description: 'with --live: passed to `bolt verify`' },
  timeout: { type: 'string', value: 'MS', description: 'with --live: passed to `bolt verify`' },
  only: { type: 'string', value: 'KINDS', description: 'with --live: passed to `bolt verify`' },
  from: { type: 'string', value: 'network|host', description: 'with --live: passed to `bolt verify`' },
  host: { type: 'string', value: 'ADDR', description: 'with --live: passed to `bolt verify`' },
} as const satisfies FlagTable;

/** `bolt snapshot`: its flags, help and run. */
export const command = defineCommand({
  name: 'snapshot',
  docs: 'docs/snapshots.md',
  description: `Writes out/snapshots/X.Y.Z/ with os.md (the canonical spec, header stamped with the release and
its date), versions.lock (as written), docker-compose.yml, Caddyfile, registry.json and
manifest.json (sha256 of every file, source commit, Bolt Lab version). The folder is written
atomically. A release snapshot is immutable: an existing one is never overwritten (exit 1)
unless --force. Like \`bolt build\`, it refuses (exit 1, writes nothing) while validation finds
errors, unless --force.

The spec must say the release: it refuses (exit 1, writes nothing) unless the header's
**Version:**, the API section's **Version:**, os.version in versions.lock and the newest Change Log
entry all say X.Y.Z, listing each place to bump as file:line:column; --force snapshots anyway.

The date is --date, else the changelog date of the release, else the header date — never today,
so the same inputs give the same snapshot. A release without a changelog entry is a warning.`,
  flags,
  examples: ['bolt snapshot --release 1.2.0', 'bolt snapshot --release 1.3.0 --date 2025-12-01', 'bolt snapshot --release 1.2.0 --live --connect-to ::127.0.0.1:8443'],
  exitCodes: '0 written; 1 validation errors, versions that do not say the release, or the\nrelease exists (no --force); 2 bad usage or unreadable input.',
  run,
});

const RELEASE = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

/** Runs the command. */
async function run({ values }: Parsed<typeof flags>, env: CliEnv): Promise<number> {
  const release = values.release!;
  if (!RELEASE.test(release)) throw boltError('InvalidFlagValue', { what: 'release', flag: '--release', value: release, expected: '`X.Y.Z`' }, { command: 'snapshot', flag: '--release', hint: 'e.g. `bolt snapshot --release 1.2.0`' });
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw boltError('InvalidFlagValue', { what: 'date', flag: '--date', value: values.date, expected: '`YYYY-MM-DD`' }, { command: 'snapshot', flag: '--date', hint: 'e.g. `--date 2025-12-01`, or leave it out for the changelog date' });
  }
  const { config, loaded } = await loadFromFlags(values, env);
  const cwd = workDir(values, env);
  const dir = snapshotDir(resolve(cwd, values.out ?? config.out ?? 'out'), release);
  const shown = dir.startsWith(cwd) ? dir.slice(cwd.length + 1) : dir;
  const refuse = () => {
    env.stderr.write(`${shown}: the snapshot of ${release} already exists; release snapshots are immutable\n  hint: pass --force to replace it\n`);
    return 1;
  };
  // Refuse before measuring or generating anything: a release of an invalid spec is not frozen,
  // and an existing release is immutable.
  if (!values.force) {
    const validation = validate(loaded, config);
    if (validation.summary.errors > 0) {
      const diagnostics = validation.diagnostics.filter((d) => d.severity === 'error');
      const errors = { diagnostics, summary: { errors: diagnostics.length, warnings: 0, infos: 0 } };
      const color = useColor(values, env, env.stderr);
      env.stderr.write(`${formatPretty(errors, { sources: loaded.sources, color })}\n`);
      env.stderr.write(`${pc.createColors(color).red('bolt snapshot: nothing written')}: validation found ${diagnostics.length} error(s); fix them or pass --force\n`);
      return 1;
    }
    if (existsSync(dir)) return refuse();
  }
  // The spec must say the release it is frozen as (header, API, lock, newest Change Log entry).
  const mismatches = formatReleaseMismatches(releaseMismatches(loaded, release), release);
  if (mismatches.length > 0 && !values.force) {
    const p = pc.createColors(useColor(values, env, env.stderr));
    env.stderr.write(`${mismatches.join('\n')}\n${p.red('bolt snapshot: nothing written')}: the spec does not say release ${release} in ${mismatches.length} place(s)\n  hint: ${releaseHint(release)}\n`);
    return 1;
  }
  for (const m of mismatches) env.stderr.write(`warning: ${m} (--force)\n`);
  let live;
  if (values.live) {
    const report = await measure({
      cwd,
      config,
      loaded,
      env: env.env,
      request: { resolve: values.resolve, connectTo: values['connect-to'], caFile: values['ca-file'], timeout: values.timeout, only: values.only, from: values.from, host: values.host },
    });
    if (report.checks.every((k) => k.result === 'skip')) env.stderr.write('warning: --live checked nothing (every check was skipped); the statuses stay as the spec says\n');
    live = applyLive(loaded.model, report, new Date().toISOString());
  }
  const inputs = [...loaded.model.files, ...(loaded.lock ? [loaded.lock.file] : [])];
  const snapshot = createSnapshot({ loaded, config, release, date: values.date, source: sourceInfo(cwd, inputs), live });
  for (const w of snapshot.warnings) env.stderr.write(`warning: ${w}\n`);
  const result = await writeSnapshot(dir, snapshot.files, values.force === true);
  if (!result.written) return refuse();
  if (!values.quiet) env.stdout.write(`${result.replaced ? 'replaced' : 'wrote'} ${shown}/ (${snapshot.files.map((f) => f.path).join(', ')})\n`);
  return 0;
}
