/** `bolt lsp`: the Language Server over stdio (src/lsp/server.ts). */
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { createLspServer } from '../../lsp/server.js';
import { COMMON_HELP, parseFlags, workDir } from '../common.js';
import type { CliEnv } from '../env.js';

export const summary = 'serve diagnostics, fixes, hover and definitions to editors (Language Server over stdio)';
export const help = `Usage: bolt lsp [--stdio] [common flags]

A Language Server over stdio (stdout carries the protocol). It validates the spec repository
(the client's workspace folder, or --cwd) as you type: diagnostics for every spec file and
versions.lock, code actions (each fix, fix all of a rule, suppress on this line), hover on a
container, route or endpoint, and go-to-definition from a route target or Caddyfile upstream to
the inventory row. docs/lsp.md has the VS Code and Neovim configurations.

Flags:
  --stdio         accepted for clients that pass it (stdio is the only transport)

Examples:
  bolt lsp
  bolt lsp --cwd /path/to/spec-repo

${COMMON_HELP}`;

/** Runs the server until the client closes the connection. */
export async function run(args: string[], env: CliEnv): Promise<number> {
  const { values } = parseFlags(args, { stdio: { type: 'boolean' } }, 'lsp');
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(env.stdout));
  createLspServer(connection, { cwd: values.cwd !== undefined ? workDir(values, env) : undefined, spec: values.spec, lock: values.lock, config: values.config });
  const closed = new Promise<void>((resolve) => connection.onExit(() => resolve()));
  connection.onShutdown(() => undefined);
  process.stdin.once('end', () => connection.dispose());
  connection.listen();
  await Promise.race([closed, new Promise<void>((resolve) => process.stdin.once('close', () => resolve()))]);
  return 0;
}
