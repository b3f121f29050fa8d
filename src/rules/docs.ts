/**
 * docs/rules.md, rendered from the registry: the docs cannot drift from the rules because a test
 * compares the committed file with this rendering (regenerate with
 * `BOLT_UPDATE_DOCS=1 npx vitest run test/rules/meta.test.ts`).
 */
import { RULES } from './index.js';
import type { Rule } from './types.js';

/** A fenced block that survives fences inside the example (```` ```caddy ```` blocks). */
export function fence(example: string): string {
  const ticks = example.includes('```') ? '~~~~' : '```';
  return `${ticks}\n${example}\n${ticks}`;
}

function section(rule: Rule): string {
  return [
    `## \`${rule.id}\``,
    '',
    `**Default severity:** ${rule.severity}  `,
    `**Fires when:** ${rule.description}`,
    '',
    rule.docs.catches,
    '',
    '**Example**',
    '',
    fence(rule.docs.example),
    '',
    `**Fix:** ${rule.docs.fix}`,
    '',
  ].join('\n');
}

/** The whole docs/rules.md page. */
export function renderRulesDoc(): string {
  const index = RULES.map((r) => `| [\`${r.id}\`](#${r.id.replace(/[^a-z0-9-]/g, '')}) | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`);
  return [
    '# Validation rules',
    '',
    '`bolt validate` checks the specs against these rules. Each finding points at the text that is wrong (a table cell, a code-block line, a',
    'versions.lock entry), names its rule id and says how to fix it. This page is generated from the rule registry (`src/rules/`);',
    'a test fails when it is stale.',
    '',
    'Severities can be changed, or a rule turned off, in `bolt.config.yaml`:',
    '',
    '```yaml',
    'rules:',
    '  inventory/unpinned-image: "off"',
    '  routing/caddyfile-drift: error',
    '```',
    '',
    'An unknown rule id or severity there is an error (exit 2) naming the file and line. `--fail-on error|warning|never` sets which',
    'findings make the command exit 1 (default: errors).',
    '',
    '| rule | default | fires when |',
    '|---|---|---|',
    ...index,
    '',
    ...RULES.map(section),
  ].join('\n');
}
