/**
 * Table tests for rules (`valid: [...]`, `invalid: [{ spec, errors: [{ line, column }] }]`): specs
 * are extracted in memory, validated with every rule, and the findings of the rule under test are
 * compared by file, line and column (and message, when a case gives one).
 */
import { describe, expect, it } from 'vitest';
import { parseLock } from '../../src/lock/read.js';
import { extractSpecs } from '../../src/load/index.js';
import { validate } from '../../src/rules/validate.js';
import type { Diagnostic } from '../../src/model/diagnostics.js';
import type { BoltConfig } from '../../src/config.js';

/** One spec: a single os.md text, or files by path; an optional versions.lock text. */
export interface Case {
  name?: string;
  spec: string | Record<string, string>;
  lock?: string;
  /** bolt.config.yaml settings the rule reads (`targets`). */
  config?: BoltConfig;
}
/** An expected finding. `file` defaults to specs/os.md. */
export interface Expected {
  line: number;
  column: number;
  file?: string;
  message?: RegExp;
}
export interface InvalidCase extends Case {
  errors: Expected[];
}

/** Runs every rule on a case and returns the findings of `ruleId`. */
export function findings(ruleId: string, c: Case): Diagnostic[] {
  const files = typeof c.spec === 'string' ? [{ file: 'specs/os.md', text: c.spec }] : Object.entries(c.spec).map(([file, text]) => ({ file, text }));
  const { model, issues } = extractSpecs(files);
  const lock = c.lock === undefined ? undefined : parseLock('specs/versions.lock', c.lock);
  const sources = Object.fromEntries(files.map((f) => [f.file, f.text]));
  return validate({ cwd: '/', model, lock, issues, sources }, c.config ?? {}).diagnostics.filter((d) => d.ruleId === ruleId);
}

/** Line and column (1-based) of the `nth` occurrence of `needle` in `text`: where a test expects a finding. */
export function loc(text: string, needle: string, nth = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`\`${needle}\` (#${nth}) not in the test spec`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Declares the valid and invalid cases of one rule. */
export function ruleTester(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    cases.valid.forEach((c, i) => {
      it(`valid ${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        expect(findings(ruleId, c).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid ${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const got = findings(ruleId, c);
        expect(got.map((d) => ({ file: d.file, line: d.line, column: d.column }))).toEqual(
          c.errors.map((e) => ({ file: e.file ?? 'specs/os.md', line: e.line, column: e.column })),
        );
        c.errors.forEach((e, k) => {
          if (e.message) expect(got[k]!.message).toMatch(e.message);
          expect(got[k]!.hint, 'every finding has a hint').toBeTruthy();
        });
      });
    });
  });
}

/** A Container Inventory section: a header row and rows of cells. */
export function inventory(rows: string[][], columns = ['Container', 'Image', 'Port(s)', 'Purpose', 'Status'], tier = 'Production Services'): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return ['## Container Inventory', '', `### ${tier}`, '', line(columns), line(columns.map(() => '---')), ...rows.map(line), ''].join('\n');
}

/** A Domain Routing section from routing lines and an optional Caddyfile text. */
export function routing(lines: string[], caddyfile?: string): string {
  const parts = ['## Domain Routing', '', '### Production Domains', '', '```', ...lines, '```', ''];
  if (caddyfile !== undefined) parts.push('### Caddyfile Configuration', '', 'Located at: `/etc/caddy/Caddyfile`', '', '```caddy', caddyfile, '```', '');
  return parts.join('\n');
}

/** An API Endpoints section from `category: paths` bullets and an optional claim sentence. */
export function api(categories: Record<string, string[]>, claim?: string, version?: string): string {
  const bullets = Object.entries(categories).map(([c, paths]) => `- \`${c}\`: ${paths.map((p) => `\`${p}\``).join(', ')}`);
  return [
    '## API Endpoints',
    '',
    '### Unified API (`api.example.com`)',
    '',
    ...(version ? [`**Version:** ${version}`, ''] : []),
    '**Categories:**',
    ...bullets,
    '',
    '**MCP Registry:**',
    '```',
    'GET /registry.json',
    '```',
    ...(claim ? [claim] : []),
    '',
  ].join('\n');
}

/** Joins sections under a header. */
export function spec(...sections: string[]): string {
  return ['# Acme - Test Platform', '**Version:** 1.0.0  ', '**Date:** 2025-01-01', '', ...sections].join('\n');
}
