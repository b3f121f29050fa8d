/**
 * docs/cli.md and the README's command table, generated from the command declarations (the
 * registry's summaries and each command's flag table), so help, parsing and docs cannot disagree.
 * test/cli/reference.test.ts fails when either is stale; `BOLT_UPDATE_DOCS=1` rewrites them.
 */
import { type CommandSpec, usageLine } from './command.js';
import { COMMON_FLAGS, type Flag, type FlagTable, flagLabel } from './flags.js';
import { COMMANDS } from './main.js';

/** Every command's declaration, in registry order. */
export async function loadCommands(): Promise<{ name: string; summary: string; spec: CommandSpec }[]> {
  return Promise.all(Object.entries(COMMANDS).map(async ([name, c]) => ({ name, summary: c.summary, spec: (await c.load()).command })));
}

function cell(text: string): string {
  return text.replace(/\n/g, ' ').replace(/\|/g, '\\|');
}

function flagRow(name: string, flag: Flag): string {
  const notes = [flag.required ? 'Required.' : '', flag.choices ? `One of ${flag.choices.map((c) => `\`${c}\``).join(', ')}${flag.list ? ', comma-separated' : ''}.` : '', flag.multiple ? 'Repeatable.' : ''];
  return `| \`${flagLabel(name, flag)}\` | ${cell([flag.description, ...notes].filter(Boolean).join(' '))} |`;
}

function flagTable(table: FlagTable): string {
  return ['| flag | meaning |', '|---|---|', ...Object.entries(table).map(([n, f]) => flagRow(n, f))].join('\n');
}

/** Prose as Markdown: text with indented lines (lists, shapes) goes in a fence, as `--help` shows it. */
function prose(text: string): string {
  const t = text.trimEnd();
  return /^ {2}/m.test(t) ? `\`\`\`text\n${t}\n\`\`\`` : t.replace(/\n/g, ' ');
}

/** The text of docs/cli.md. */
export async function renderCliDoc(): Promise<string> {
  const commands = await loadCommands();
  const parts = [
    '# Command-line reference',
    '<!-- Generated from src/cli/main.ts (summaries) and src/cli/commands/*.ts (flags, help): edit those, then run `BOLT_UPDATE_DOCS=1 npx vitest run test/cli/reference.test.ts`. -->',
    '`bolt [common flags] <command> [flags]`. Common flags may come before or after the command (`bolt --cwd ../platform validate`). ' +
      '`bolt help <command>` prints the same help as `bolt <command> --help`. A usage error exits 2 with one `bolt <command>: …` line and a hint; ' +
      'every exit-2 error is listed in [errors.md](errors.md).',
    ['| command | what it does |', '|---|---|', ...commands.map((c) => `| [\`bolt ${c.name}\`](#bolt-${c.name}) | ${cell(c.summary)} |`)].join('\n'),
    '## Common flags',
    flagTable(COMMON_FLAGS),
    '`NO_COLOR` and `FORCE_COLOR` are respected; output that is not a terminal gets no colours. `BOLT_DEBUG=1` prints the stack trace of an error.',
  ];
  for (const { name, summary, spec } of commands) {
    parts.push(`## \`bolt ${name}\``, `${summary[0]!.toUpperCase()}${summary.slice(1)}.${spec.docs ? ` See [${spec.docs.replace(/^docs\//, '')}](${spec.docs.replace(/^docs\//, '')}).` : ''}`);
    parts.push(`\`\`\`text\n${usageLine(spec)}\n\`\`\``, prose(spec.description));
    if (Object.keys(spec.flags).length > 0) parts.push(flagTable(spec.flags));
    if (spec.notes) parts.push(prose(spec.notes));
    parts.push(`Examples:\n\n\`\`\`sh\n${spec.examples.join('\n')}\n\`\`\``);
    if (spec.exitCodes) parts.push(`Exit codes: ${spec.exitCodes.replace(/\n/g, ' ')}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * The command table of README.md and docs/index.md (between their `commands` markers); `docs` is
 * the path from that file to the docs folder (`docs/` or empty).
 */
export async function renderCommandTable(docs: string): Promise<string> {
  const commands = await loadCommands();
  const rows = commands.map(({ name, summary, spec }) => {
    const usage = usageLine(spec).replace(/ \[common flags\]$/, '');
    const page = spec.docs?.replace(/^docs\//, docs);
    const more = page ? ` ([${page}](${page}))` : '';
    return `| [\`${cell(usage)}\`](${docs}cli.md#bolt-${name}) | ${cell(summary)}${more} |`;
  });
  return ['| command | what it does |', '|---|---|', ...rows].join('\n');
}

/** `text` with the part between `<!-- NAME:start -->` and `<!-- NAME:end -->` replaced by `body`. */
export function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`missing ${start} … ${end}`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}
