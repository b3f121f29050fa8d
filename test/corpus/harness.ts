/**
 * The corpus harness (issue 14's acceptance): every folder of `test/fixtures/corpus/` is a spec
 * repository written by "another team", with an `expected.json` that lists the findings planted in
 * it (rule id + file + line), traps that must not fire, and how many containers, routes,
 * endpoints, secret keys and change-log entries the model must hold.
 *
 * `scoreRepo` compares what `validate` reports with the expectations; `summarize` adds up
 * precision and recall over the corpus. Expectations marked `pendingOn` wait for another branch
 * (`caddy-grammar`: the Caddyfile parser, `compose`: compose generation): they are reported as
 * known-pending, not as failures, and flagged when they start to pass so they can be flipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { loadSpecs, type LoadedSpecs } from '../../src/load/index.js';
import type { Diagnostic } from '../../src/model/diagnostics.js';
import type { SpecModel } from '../../src/model/schema.js';
import { validate } from '../../src/rules/validate.js';

/** The corpus folder. */
export const CORPUS = resolve(import.meta.dirname, '../fixtures/corpus');

/** Branches an expectation may wait for. */
export type PendingOn = 'caddy-grammar' | 'compose';

/** One planted finding, or one trap (a finding that must not be reported). */
export interface Expectation {
  ruleId: string;
  file: string;
  line: number;
  why: string;
  /** Text the message or its hint must contain (`did you mean \`metabase\``), or several such texts. */
  messageIncludes?: string | string[];
  pendingOn?: PendingOn;
}

/** A check of a clean repository that waits for another branch. */
export interface PendingCheck {
  check: 'build' | 'caddy-adapt' | 'compose-config' | 'compose-schema' | 'roundtrip';
  pendingOn: PendingOn;
  why: string;
}

/** What the model must hold: nothing dropped. */
export interface Counts {
  containers: number;
  routes: number;
  endpoints: number;
  secretKeys: number;
  changelog: number;
}

/** `expected.json`. */
export interface Expected {
  description: string;
  clean: boolean;
  findings: Expectation[];
  mustNotFire: Expectation[];
  counts: Counts;
  /** Containers per status (`running`, `planned` …), when the repository says so: a misread status is a silent error too. */
  statuses?: Record<string, number>;
  pendingChecks?: PendingCheck[];
}

/** A reported diagnostic reduced to what the corpus compares. */
export interface Found {
  ruleId: string;
  file: string;
  line: number;
  message: string;
}

/** A known-pending item, for the report. */
export interface PendingItem {
  repo: string;
  kind: 'finding' | 'trap' | 'check';
  what: string;
  pendingOn: PendingOn;
  /** The pending expectation is met already: flip it. */
  nowPasses: boolean;
}

/** The score of one repository. */
export interface RepoScore {
  repo: string;
  clean: boolean;
  truePositives: Found[];
  falsePositives: Found[];
  falseNegatives: Expectation[];
  /** Planted findings reported on another line of the same file (also counted as FP and FN). */
  wrongPositions: { expected: Expectation; found: Found }[];
  /** Traps that fired (each is also a false positive). */
  trapsHit: Expectation[];
  countMismatches: string[];
  pending: PendingItem[];
}

/** The corpus repositories, sorted by name. */
export function corpusRepos(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Reads a repository's `expected.json`. */
export function readExpected(repo: string): Expected {
  return JSON.parse(readFileSync(join(CORPUS, repo, 'expected.json'), 'utf8')) as Expected;
}

/** What the model holds, in the units of `Counts`. */
export function countsOf(model: SpecModel): Counts {
  return {
    containers: model.inventory?.tiers.reduce((n, t) => n + t.containers.length, 0) ?? 0,
    routes: model.routing?.routes.length ?? 0,
    endpoints: model.api?.categories.reduce((n, c) => n + c.endpoints.length, 0) ?? 0,
    secretKeys: model.secrets?.keys.length ?? 0,
    changelog: model.changelog.length,
  };
}

const same = (e: { ruleId: string; file: string; line: number }, f: { ruleId: string; file: string; line: number }) =>
  e.ruleId === f.ruleId && e.file === f.file && e.line === f.line;

const label = (x: { ruleId: string; file: string; line: number }) => `${x.ruleId} at ${x.file}:${x.line}`;

/** Loads and validates one repository (no cache: the corpus is read afresh). */
export async function runRepo(repo: string): Promise<{ loaded: LoadedSpecs; diagnostics: Diagnostic[] }> {
  const cwd = join(CORPUS, repo);
  const loaded = await loadSpecs({ cwd, cache: false });
  const { diagnostics } = validate(loaded, await loadConfig(cwd));
  return { loaded, diagnostics };
}

/** Compares the diagnostics of one repository with its expectations. */
export function scoreRepo(repo: string, expected: Expected, diagnostics: Diagnostic[], model: SpecModel): RepoScore {
  const found: Found[] = diagnostics.map((d) => ({ ruleId: d.ruleId, file: d.file ?? '', line: d.line ?? 0, message: d.hint ? `${d.message} (hint: ${d.hint})` : d.message }));
  const score: RepoScore = {
    repo,
    clean: expected.clean,
    truePositives: [],
    falsePositives: [],
    falseNegatives: [],
    wrongPositions: [],
    trapsHit: [],
    countMismatches: [],
    pending: [],
  };
  const unmatched = [...found];
  const take = (e: Expectation): Found | undefined => {
    const i = unmatched.findIndex((f) => same(e, f) && [e.messageIncludes ?? []].flat().every((text) => f.message.includes(text)));
    return i < 0 ? undefined : unmatched.splice(i, 1)[0];
  };
  const missing: Expectation[] = [];
  for (const e of expected.findings) {
    const f = take(e);
    if (e.pendingOn) score.pending.push({ repo, kind: 'finding', what: `${label(e)} (${e.why})`, pendingOn: e.pendingOn, nowPasses: !!f });
    else if (f) score.truePositives.push(f);
    else missing.push(e);
  }
  // What is left was not planted: a trap that waits for another branch is pending, anything else is a false positive.
  for (const f of [...unmatched]) {
    const trap = expected.mustNotFire.find((t) => same(t, f));
    if (trap?.pendingOn) {
      unmatched.splice(unmatched.indexOf(f), 1);
      score.pending.push({ repo, kind: 'trap', what: `${label(trap)} fires (${trap.why})`, pendingOn: trap.pendingOn, nowPasses: false });
    } else if (trap) score.trapsHit.push(trap);
  }
  for (const t of expected.mustNotFire.filter((t) => t.pendingOn && !found.some((f) => same(t, f)))) {
    score.pending.push({ repo, kind: 'trap', what: `${label(t)} (${t.why})`, pendingOn: t.pendingOn!, nowPasses: true });
  }
  score.falsePositives = unmatched;
  score.falseNegatives = missing;
  for (const e of missing) {
    const f = unmatched.find((x) => x.ruleId === e.ruleId && x.file === e.file);
    if (f) score.wrongPositions.push({ expected: e, found: f });
  }
  const counts = countsOf(model);
  for (const [k, want] of Object.entries(expected.counts) as [keyof Counts, number][]) {
    if (counts[k] !== want) score.countMismatches.push(`${k}: expected ${want}, the model has ${counts[k]}`);
  }
  if (expected.statuses) {
    const byStatus: Record<string, number> = {};
    for (const c of model.inventory?.tiers.flatMap((t) => t.containers) ?? []) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    for (const [status, want] of Object.entries(expected.statuses)) {
      if ((byStatus[status] ?? 0) !== want) score.countMismatches.push(`${status} containers: expected ${want}, the model has ${byStatus[status] ?? 0}`);
    }
  }
  for (const c of expected.pendingChecks ?? []) {
    score.pending.push({ repo, kind: 'check', what: `${c.check} (${c.why})`, pendingOn: c.pendingOn, nowPasses: false });
  }
  return score;
}

/** Precision and recall over the corpus (pending expectations left out). */
export interface CorpusSummary {
  repos: number;
  clean: number;
  planted: number;
  traps: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  pending: PendingItem[];
}

/** Adds up the scores. An empty denominator counts as 1 (nothing reported, nothing wrong). */
export function summarize(scores: RepoScore[], expectations: Expected[]): CorpusSummary {
  const tp = scores.reduce((n, s) => n + s.truePositives.length, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.falseNegatives.length, 0);
  return {
    repos: scores.length,
    clean: scores.filter((s) => s.clean).length,
    planted: expectations.reduce((n, e) => n + e.findings.length, 0),
    traps: expectations.reduce((n, e) => n + e.mustNotFire.length, 0),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    pending: scores.flatMap((s) => s.pending),
  };
}

/** The report printed by the corpus test (and recorded in BASELINE.md). */
export function formatSummary(summary: CorpusSummary, scores: RepoScore[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `corpus: ${summary.repos} repositories (${summary.clean} clean), ${summary.planted} planted findings, ${summary.traps} traps`,
    `precision ${pct(summary.precision)} (${summary.truePositives} true / ${summary.falsePositives} false positives), ` +
      `recall ${pct(summary.recall)} (${summary.falseNegatives} missed)`,
  ];
  for (const s of scores) {
    const bad = [
      ...s.falsePositives.map((f) => `  FP ${label(f)}: ${f.message}`),
      ...s.falseNegatives.map((e) => `  FN ${label(e)} (${e.why})`),
      ...s.wrongPositions.map((w) => `  wrong position: ${label(w.expected)} reported at line ${w.found.line}`),
      ...s.trapsHit.map((t) => `  trap hit: ${label(t)} (${t.why})`),
      ...s.countMismatches.map((c) => `  count ${c}`),
    ];
    if (bad.length > 0) lines.push(`${s.repo}:`, ...bad);
  }
  if (summary.pending.length > 0) {
    lines.push(`known-pending (${summary.pending.length}):`);
    for (const p of summary.pending) lines.push(`  [${p.pendingOn}] ${p.repo}: ${p.kind} ${p.what}${p.nowPasses ? ' — passes now: flip it' : ''}`);
  }
  return lines.join('\n');
}
