/** `bolt lsp`: the Language Server over stdio (src/lsp/server.ts). */
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { createLspServer } from '../../lsp/server.js';
import { defineCommand } from '../command.js';
import { workDir } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

/** The flags of `bolt lsp` (besides the common ones). */
const flags = {
  stdio: { type: 'boolean', description: 'accepted for clients that pass it (stdio is the only transport)' },
} as const satisfies FlagTable;

/** `bolt lsp`: its flags, help and run. */
export const command = defineCommand({
  name: 'lsp',
  description: `A Language Server over stdio (stdout carries the protocol). It validates the spec repository
(the client's workspace folder, or --cwd) as you type: diagnostics for every spec file and
versions.lock, code actions (each fix, fix all of a rule, suppress on this line), hover on a
container, route or endpoint, and go-to-definition from a route target or Caddyfile upstream to
the inventory row.`,
  flags,
  examples: ['bolt lsp', 'bolt lsp --cwd /path/to/spec-repo'],
  docs: 'docs/lsp.md',
  run,
});

/** Runs the server until the client closes the connection. */
async function run({ values }: Parsed<typeof flags>, env: CliEnv): Promise<number> {
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(env.stdout));
  createLspServer(connection, { cwd: values.cwd !== undefined ? workDir(values, env) : undefined, spec: values.spec, lock: values.lock, config: values.config });
  const closed = new Promise<void>((resolve) => connection.onExit(() => resolve()));
  connection.onShutdown(() => undefined);
  process.stdin.once('end', () => connection.dispose());
  connection.listen();
  await Promise.race([closed, new Promise<void>((resolve) => process.stdin.once('close', () => resolve()))]);
  return 0;
}
