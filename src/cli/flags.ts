/**
 * Flags, declared once. A command's flags are a table of `Flag`s; parsing (node's
 * `util.parseArgs` tokens), `--help` and the generated docs/cli.md all read that table, so a new
 * flag is one line in its command's table.
 */
import { parseArgs } from 'node:util';
import { nearest } from '../model/suggest.js';
import { boltError } from '../errors/index.js';

/** One flag: how it parses and how help and docs describe it. */
export interface Flag {
  type: 'string' | 'boolean';
  /** One line for help and docs (a `\n` continues on the next line). */
  description: string;
  /** Placeholder for the value in help, e.g. `DIR` (string flags). */
  value?: string;
  /** One-letter alias, e.g. `q` for `-q`. */
  short?: string;
  /** May be repeated; the values are collected in order. */
  multiple?: boolean;
  /** The value is a comma-separated list (`--only a,b`, also repeatable), parsed into an array. */
  list?: boolean;
  /** The only values accepted (each item of a list); anything else is a usage error with "did you mean". */
  choices?: readonly string[];
  /** The command cannot run without it. */
  required?: boolean;
}

/** A command's flags by long name (without `--`). */
export type FlagTable = Readonly<Record<string, Flag>>;

type ValueOf<F extends Flag> = F['type'] extends 'boolean'
  ? boolean
  : F extends { list: true }
    ? string[]
    : F extends { multiple: true }
      ? string[]
      : string;

/** The parsed values of a flag table (absent flags are undefined). */
export type FlagValues<T extends FlagTable> = { -readonly [K in keyof T]?: ValueOf<T[K]> | undefined };

/** The flags every command accepts, before or after the command's name. */
export const COMMON_FLAGS = {
  spec: { type: 'string', multiple: true, value: 'GLOB', description: 'spec files (default `specs/**/*.md`)' },
  lock: { type: 'string', value: 'FILE', description: 'versions.lock (default `specs/versions.lock`)' },
  config: { type: 'string', value: 'FILE', description: 'configuration (default `bolt.config.yaml` when present)' },
  cwd: { type: 'string', value: 'DIR', description: 'run as if started in DIR' },
  quiet: { type: 'boolean', short: 'q', description: 'no output on success (errors are still printed)' },
  'no-color': { type: 'boolean', description: 'no colours (also NO_COLOR, or output that is not a terminal)' },
  color: { type: 'boolean', description: 'colours even when the output is not a terminal (also FORCE_COLOR)' },
  help: { type: 'boolean', short: 'h', description: 'show help (`bolt help COMMAND` too)' },
  version: { type: 'boolean', short: 'v', description: "print Bolt Lab's version" },
} as const satisfies FlagTable;

/** Values of the common flags. */
export type CommonValues = FlagValues<typeof COMMON_FLAGS>;

/** Parsed command line: flag values and positional arguments. */
export interface Parsed<T extends FlagTable> {
  values: FlagValues<typeof COMMON_FLAGS & T>;
  positionals: string[];
}

/**
 * "Did you mean": the one candidate nearest to `word` (fastest-levenshtein), when within half the
 * word's length in edits (at least 2, at most 3) — looser than the spec's suggestions, because a command line
 * is short and a swapped pair of letters (`biuld`) costs two edits.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const length = word.replace(/^-+/, '').length;
  return nearest(word, candidates, length < 3 ? 1 : Math.min(3, Math.max(2, Math.floor(length / 2))));
}

/** `--out DIR`, `-q, --quiet`: how a flag is written in help and docs. */
export function flagLabel(name: string, flag: Flag): string {
  const value = flag.type === 'string' ? ` ${flag.value ?? 'VALUE'}` : '';
  return `${flag.short ? `-${flag.short}, ` : ''}--${name}${value}`;
}

/** Help lines for a flag table, descriptions aligned. */
export function flagLines(table: FlagTable): string {
  const labels = Object.entries(table).map(([name, flag]) => [flagLabel(name, flag), flag] as const);
  const width = Math.min(24, Math.max(...labels.map(([l]) => l.length)));
  return labels
    .map(([label, flag]) => {
      const [first, ...more] = flag.description.split('\n');
      const pad = ' '.repeat(width + 4);
      const head = label.length > width ? `  ${label}\n${pad}${first}` : `  ${label.padEnd(width)}  ${first}`;
      return [head, ...more.map((m) => `${pad}${m}`)].join('\n');
    })
    .join('\n');
}

/** The usage synopsis of a flag table: `[--out DIR] [--force]`, or `[flags]` when there are many. */
export function flagSynopsis(table: FlagTable): string {
  const entries = Object.entries(table);
  const required = entries.filter(([, f]) => f.required).map(([n, f]) => `--${n}${f.type === 'string' ? ` ${f.value ?? 'VALUE'}` : ''}`);
  const optional = entries.filter(([, f]) => !f.required);
  if (optional.length > 5) return [...required, '[flags]'].join(' ');
  return [
    ...required,
    ...optional.map(([n, f]) => `[--${n}${f.type === 'string' ? ` ${f.value ?? 'VALUE'}` : ''}]${f.multiple ? '…' : ''}`),
  ].join(' ');
}

function toParseArgs(table: FlagTable): NonNullable<Parameters<typeof parseArgs>[0]>['options'] {
  return Object.fromEntries(
    Object.entries(table).map(([name, f]) => [name, { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.multiple || f.list ? { multiple: true } : {}) }]),
  );
}

/** `--format yaml` against `choices`: the value, or a usage error naming the nearest choice. */
function checkChoice(command: string, name: string, value: string, choices: readonly string[]): void {
  if (choices.includes(value)) return;
  const near = closest(value, choices);
  throw boltError('UnknownFlagValue', { flag: `--${name}`, value, choices: choices.map((c) => `\`${c}\``).join(', ') }, {
    command,
    flag: `--${name}`,
    hint: near === undefined ? `see \`bolt ${command} --help\`` : `did you mean \`--${name} ${near}\`?`,
  });
}

/**
 * Parses `args` against the common flags and `table`: unknown flags, missing values, values outside
 * `choices`, missing required flags and too many or too few positionals are usage errors (exit 2)
 * with "did you mean" where a near name exists.
 */
export function parseFlags<T extends FlagTable>(
  command: string,
  table: T,
  args: string[],
  positionals: { min: number; max: number; usage: string; noun?: string } = { min: 0, max: 0, usage: '' },
): Parsed<T> {
  const all: FlagTable = { ...COMMON_FLAGS, ...table };
  const { tokens } = parseArgs({ args, options: toParseArgs(all), strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, unknown> = {};
  const rest: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      rest.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const flag = all[token.name];
    if (!flag) {
      const short = token.rawName.length === 2 && !token.rawName.startsWith('--');
      const names = Object.keys(all).map((n) => `--${n}`);
      const near = short ? undefined : closest(token.rawName, names);
      throw boltError('UnknownFlag', { flag: token.rawName }, {
        command,
        flag: token.rawName,
        hint: `${near ? `did you mean \`${near}\`? ` : ''}see \`bolt ${command} --help\``,
      });
    }
    const label = `--${token.name}`;
    if (flag.type === 'boolean') {
      if (token.inlineValue) throw boltError('FlagTakesNoValue', { flag: label, value: token.value ?? '' }, { command, flag: label, hint: `write \`${label}\` alone` });
      values[token.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
      throw boltError('MissingFlagValue', { flag: label, value: flag.value ?? 'VALUE' }, {
        command,
        flag: label,
        hint: `write \`${label} ${flag.value ?? 'VALUE'}\` (or \`${label}=VALUE\` for a value starting with \`-\`)`,
      });
    }
    if (flag.list) {
      const items = value.split(',').map((v) => v.trim()).filter(Boolean);
      if (items.length === 0) throw boltError('MissingFlagValue', { flag: label, value: flag.value ?? 'VALUE' }, { command, flag: label, hint: `write \`${label} ${flag.value ?? 'VALUE'}\`` });
      if (flag.choices) for (const item of items) checkChoice(command, token.name, item, flag.choices);
      values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), ...items];
    } else {
      if (flag.choices) checkChoice(command, token.name, value, flag.choices);
      values[token.name] = flag.multiple ? [...((values[token.name] as string[] | undefined) ?? []), value] : value;
    }
  }
  for (const [name, flag] of Object.entries(table)) {
    if (flag.required && values[name] === undefined) {
      throw boltError('MissingFlag', { flag: `--${name}`, value: flag.value ?? 'VALUE' }, { command, flag: `--${name}`, hint: `e.g. \`bolt ${command} --${name} ${flag.value ?? 'VALUE'}\`` });
    }
  }
  const { min, max, noun = 'argument' } = positionals;
  const usage = `bolt ${command}${positionals.usage ? ` ${positionals.usage}` : ''}`;
  const count = (n: number): string => `${['no', 'one', 'two', 'three'][n] ?? n} ${noun}${n === 1 ? '' : 's'}`;
  if (rest.length > max) {
    throw boltError('UnexpectedArgument', { argument: rest[max]!, expected: max === 0 ? `no arguments (\`${usage}\`)` : `at most ${count(max)} (\`${usage}\`)` }, { command, hint: `see \`bolt ${command} --help\`; quote a value that contains spaces` });
  }
  if (rest.length < min) {
    const names = usage.replace(/^bolt \S+\s*/, '').split(/\s+/).filter((w) => !w.startsWith('[') && !w.startsWith('-'));
    throw boltError('MissingArgument', { argument: names[rest.length] ?? 'ARGUMENT', usage }, { command, hint: `see \`bolt ${command} --help\`` });
  }
  return { values: values as Parsed<T>['values'], positionals: rest };
}

/** The common flags before the command's name, the name, and the rest: `bolt --cwd DIR validate …`. */
export function splitCommand(argv: string[]): { before: string[]; name: string | undefined; after: string[] } {
  const shorts = new Map(Object.entries(COMMON_FLAGS as FlagTable).flatMap(([n, f]) => (f.short ? [[f.short, n] as const] : [])));
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    if (arg === '--') return { before: argv.slice(0, i), name: argv[i + 1], after: argv.slice(i + 2) };
    if (!arg.startsWith('-') || arg === '-') break;
    const long = arg.startsWith('--');
    const names = long ? [arg.slice(2).split('=')[0]!] : [...arg.slice(1)].map((c) => shorts.get(c) ?? c);
    for (const name of names) {
      if (!(name in COMMON_FLAGS)) {
        const near = long ? closest(`--${name}`, Object.keys(COMMON_FLAGS).map((n) => `--${n}`)) : undefined;
        throw boltError('UnknownFlag', { flag: long ? `--${name}` : `-${name}` }, {
          flag: long ? `--${name}` : `-${name}`,
          hint: `${near ? `did you mean \`${near}\`? ` : ''}only common flags may come before the command: \`bolt COMMAND ${long ? `--${name}` : `-${name}`}\``,
        });
      }
    }
    const last = (COMMON_FLAGS as FlagTable)[names[names.length - 1]!]!;
    i += last.type === 'string' && !(long && arg.includes('=')) ? 2 : 1;
  }
  return { before: argv.slice(0, Math.min(i, argv.length)), name: argv[i], after: argv.slice(i + 1) };
}
