/**
 * docs/errors.md, generated from the catalogue: every exit-2 error by its permanent name, with an
 * example message and the hint. test/errors/meta.test.ts fails when the page is stale.
 */
import { CATALOGUE, type ErrorKind, type ErrorName, catalogueEntry } from './catalogue.js';

const KINDS: { kind: ErrorKind; title: string; intro: string }[] = [
  { kind: 'usage', title: 'Command line', intro: 'Printed as `bolt COMMAND: message`, then the hint.' },
  { kind: 'input', title: 'Input files', intro: 'A spec, versions.lock, bolt.config.yaml, a template or a tool schema that cannot be read or parsed. Printed as `file:line:column: message` (as far as the position is known), then the hint.' },
  { kind: 'output', title: 'Output folders', intro: 'An output folder that cannot be written safely. Nothing is written.' },
  { kind: 'generator', title: 'Generators', intro: 'A value in the spec that an output cannot be generated from safely.' },
];

/** The text of docs/errors.md. */
export function renderErrorsDoc(): string {
  const names = Object.keys(CATALOGUE) as ErrorName[];
  const parts = [
    '# Error reference',
    '<!-- Generated from src/errors/catalogue.ts: edit it, then run `BOLT_UPDATE_DOCS=1 npx vitest run test/errors/meta.test.ts`. -->',
    'Bolt Lab exits with code 2 when it cannot start the work: a usage error, or input it cannot read or parse. ' +
      'It prints one message — never a stack trace (set `BOLT_DEBUG=1` for one) — followed by a hint, and writes nothing. ' +
      'Each such error has a permanent name, listed here; library callers find it as `error.code` of a `BoltError`. ' +
      'Findings in a spec that can be read are not errors of this kind: they are diagnostics of `bolt validate` ([rules.md](rules.md)).',
  ];
  for (const { kind, title, intro } of KINDS) {
    const inKind = names.filter((n) => CATALOGUE[n].kind === kind).sort();
    if (inKind.length === 0) continue;
    parts.push(`## ${title}`, intro, inKind.map((n) => `- [\`${n}\`](#${n.toLowerCase()}): ${CATALOGUE[n].title}`).join('\n'));
    for (const name of inKind) {
      const e = catalogueEntry(name);
      const hint = typeof e.hint === 'function' ? e.hint(e.example) : e.hint;
      parts.push(`### \`${name}\``, `**${e.title}.** ${e.description}`, `\`\`\`text\n${e.message(e.example)}\n  hint: ${hint}\n\`\`\``);
    }
  }
  return `${parts.join('\n\n')}\n`;
}
