/**
 * `bolt`: the command-line entry. It only dispatches: each command lives in
 * `src/cli/commands/<name>.ts` (its flags, help and `run`) and is imported on demand, so a command
 * loads only what it needs. Common flags may come before or after the command's name.
 */
import { boltError, isBoltError } from '../errors/index.js';
import type { CommandModule } from './command.js';
import { type CliEnv, processEnv } from './env.js';
import { closest, COMMON_FLAGS, flagLines, parseFlags, splitCommand } from './flags.js';

/** Every command: its one-line summary (the only place it is written) and how to load it. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  parse: { summary: 'parse the specs and print a summary, or the whole model with --json', load: () => import('./commands/parse.js') },
  validate: { summary: 'lint the specs statically against the rule catalogue', load: () => import('./commands/validate.js') },
  build: { summary: 'generate every output (compose, Caddyfile, registry.json …) into out/', load: () => import('./commands/build.js') },
  check: { summary: 'regenerate in memory and diff against out/ (exit 1 on drift)', load: () => import('./commands/check.js') },
  verify: { summary: 'check the spec against the running services (http, tls, tcp, postgres, redis, docker, mcp)', load: () => import('./commands/verify.js') },
  snapshot: { summary: 'write an immutable per-release snapshot under out/snapshots/X.Y.Z/', load: () => import('./commands/snapshot.js') },
  changes: { summary: 'what changed between two snapshots, or a snapshot and the specs', load: () => import('./commands/changes.js') },
  docs: { summary: 'generate the static docs site (offline search, one copy per release)', load: () => import('./commands/docs.js') },
  watch: { summary: 'rebuild on spec, lock, config or template edits', load: () => import('./commands/watch.js') },
  mcp: { summary: 'serve Bolt Lab itself as an MCP server over stdio', load: () => import('./commands/mcp.js') },
  lsp: { summary: 'a Language Server over stdio: diagnostics, fixes, hover and definitions in editors', load: () => import('./commands/lsp.js') },
  init: { summary: 'scaffold a spec repository that validates and builds at once', load: () => import('./commands/init.js') },
};

async function version(): Promise<string> {
  return (await import('../paths.js')).VERSION;
}

/** The text of `bolt --help`. */
export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `Bolt Lab: documentation-as-code generator and spec validator for SmarterOS

Usage: bolt [common flags] <command> [flags]
       bolt help <command>
       bolt --version

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  .join('\n')}

Common flags (before or after the command):
${flagLines(COMMON_FLAGS)}

Examples:
  bolt validate
  bolt build && git add specs out
  bolt --cwd ../platform check
  bolt help verify

Run \`bolt help <command>\` (or \`bolt <command> --help\`) for a command's flags and examples.
Exit codes: 0 success; 1 findings, drift or failed live checks; 2 usage error or unreadable input.
Documentation: docs/cli.md (commands and flags), docs/errors.md (every exit-2 error).
`;
}

function unknownCommand(name: string): Error {
  const names = Object.keys(COMMANDS);
  const near = closest(name, names);
  return boltError('UnknownCommand', { command: name, commands: names.map((n) => `\`${n}\``).join(', ') }, {
    hint: near ? `did you mean \`bolt ${near}\`? run \`bolt --help\` for the commands` : undefined,
  });
}

/** True when `--help`/`-h` (or `--version`/`-v`) is among the flags (before any `--`). */
function asks(args: string[], long: string, short: string): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === long || a === short);
}

/** Runs `bolt` with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], env: CliEnv = processEnv()): Promise<number> {
  let name: string | undefined;
  try {
    const split = splitCommand(argv);
    name = split.name;
    const args = [...split.before, ...split.after];
    if (name === 'help') {
      const [topic, ...extra] = split.after;
      if (topic === undefined || topic.startsWith('-')) {
        env.stdout.write(usage());
        return 0;
      }
      if (extra.length > 0) throw boltError('UnexpectedArgument', { argument: extra[0]!, expected: 'one command' }, { command: 'help', hint: 'e.g. `bolt help build`' });
      const entry = COMMANDS[topic];
      if (!entry) throw unknownCommand(topic);
      const { renderHelp } = await import('./command.js');
      env.stdout.write(renderHelp((await entry.load()).command));
      return 0;
    }
    if (name === undefined) {
      if (asks(args, '--version', '-v')) env.stdout.write(`${await version()}\n`);
      else env.stdout.write(usage());
      return asks(args, '--help', '-h') || asks(args, '--version', '-v') ? 0 : 2;
    }
    const entry = COMMANDS[name];
    if (!entry) throw unknownCommand(name);
    const { command } = await entry.load();
    if (asks(args, '--help', '-h')) {
      const { renderHelp } = await import('./command.js');
      env.stdout.write(renderHelp(command));
      return 0;
    }
    if (asks(args, '--version', '-v')) {
      env.stdout.write(`${await version()}\n`);
      return 0;
    }
    return await command.run(parseFlags(command.name, command.flags, args, command.args), env);
  } catch (error) {
    if (env.env.BOLT_DEBUG === '1') env.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    if (isBoltError(error)) {
      // A usage error raised below the CLI (e.g. `--only` checked by the build pipeline) gets the
      // same `bolt COMMAND:` prefix and `--help` hint as the CLI's own.
      if (error.usage && error.usage.command === undefined && name !== undefined && COMMANDS[name]) error.usage.command = name;
      env.stderr.write(`${error.format()}\n`);
      return 2;
    }
    env.stderr.write(`bolt: internal error: ${(error as Error)?.message ?? String(error)}\n  hint: run again with BOLT_DEBUG=1 for the stack trace, and report it\n`);
    return 2;
  }
}
