/**
 * `bolt`: the command-line entry. It only dispatches: each command lives in
 * `src/cli/commands/<name>.ts` and is imported on demand, so a command loads only what it needs.
 */
import { isBoltError } from '../errors/index.js';
import { type CliEnv, type CommandModule, processEnv } from './env.js';

/** Every command, its summary, and how to load it. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  parse: { summary: 'parse the specs and print the model (--json for all of it)', load: () => import('./commands/parse.js') },
  validate: { summary: 'lint the model statically', load: () => import('./commands/validate.js') },
  build: { summary: 'generate every output into out/', load: () => import('./commands/build.js') },
  check: { summary: 'regenerate in memory and diff against out/ (exit 1 on drift)', load: () => import('./commands/check.js') },
  verify: { summary: 'check the spec against the running services', load: () => import('./commands/verify.js') },
  snapshot: { summary: 'freeze a release snapshot under out/snapshots/X.Y.Z/', load: () => import('./commands/snapshot.js') },
  changes: { summary: 'what changed between two snapshots (or a snapshot and the specs)', load: () => import('./commands/changes.js') },
  docs: { summary: 'generate the static docs site', load: () => import('./commands/docs.js') },
  watch: { summary: 'rebuild on spec edits', load: () => import('./commands/watch.js') },
  mcp: { summary: 'serve Bolt Lab itself as an MCP server over stdio', load: () => import('./commands/mcp.js') },
  lsp: { summary: 'Language Server over stdio: diagnostics, fixes, hover, definitions in editors', load: () => import('./commands/lsp.js') },
  init: { summary: 'scaffold a new spec repository', load: () => import('./commands/init.js') },
};

async function version(): Promise<string> {
  return (await import('../paths.js')).VERSION;
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `Bolt Lab: documentation-as-code generator and spec validator for SmarterOS

Usage: bolt <command> [flags]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  .join('\n')}

Run \`bolt <command> --help\` for a command's flags and examples.
Exit codes: 0 success; 1 findings, drift or failed live checks; 2 usage error or unreadable input.
`;
}

/** Runs `bolt` with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], env: CliEnv = processEnv()): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      env.stdout.write(usage());
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      env.stdout.write(`${await version()}\n`);
      return 0;
    }
    const entry = COMMANDS[name];
    if (!entry) {
      env.stderr.write(`bolt: unknown command \`${name}\`, expected one of ${Object.keys(COMMANDS).join(', ')}\n  hint: run \`bolt --help\`\n`);
      return 2;
    }
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      env.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
      return 0;
    }
    return await command.run(rest, env);
  } catch (error) {
    if (env.env.BOLT_DEBUG === '1') env.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    if (isBoltError(error)) {
      env.stderr.write(`${error.format()}\n`);
      return 2;
    }
    env.stderr.write(`bolt: internal error: ${(error as Error)?.message ?? String(error)}\n  hint: run again with BOLT_DEBUG=1 for the stack trace, and report it\n`);
    return 2;
  }
}

