/** `bolt mcp`: serve Bolt Lab itself as an MCP server over stdio, for agents that maintain the spec. */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createBoltServer } from '../../bolt-mcp/server.js';
import { defineCommand } from '../command.js';
import { workDir } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

/** `bolt mcp`: its help and run (common flags only). */
export const command = defineCommand({
  name: 'mcp',
  docs: 'docs/mcp.md',
  description: `Serves Bolt Lab as an MCP server over stdio (stdout carries the protocol; messages go to stderr)
until the client closes stdin. Tools: validate, list_services, list_routes, list_endpoints,
list_secrets (names only), build_dry_run (the diff, writes nothing), check_drift, verify.
Every call reads the specs afresh, so an agent can edit them between calls.`,
  flags: {},
  notes: `Client configuration (Claude Desktop, Cursor, …): the spec repository's own bin, by path. Do not
let npx resolve the name: a client runs it without a terminal, and where bolt-lab is not installed
npx would fetch and run an unrelated package named \`bolt\`.
  { "command": "/path/to/spec-repo/node_modules/.bin/bolt",
    "args": ["mcp", "--cwd", "/path/to/spec-repo"] }

To try it in the MCP inspector:
  npx @modelcontextprotocol/inspector ./node_modules/.bin/bolt mcp`,
  examples: ['bolt mcp --cwd /path/to/spec-repo', 'bolt mcp'],
  run,
});

/** Runs the command: resolves with 0 when the client disconnects. */
async function run({ values }: Parsed<FlagTable>, env: CliEnv): Promise<number> {
  const server = createBoltServer({ cwd: workDir(values, env), spec: values.spec, lock: values.lock, config: values.config });
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
  });
  await server.connect(new StdioServerTransport(process.stdin, env.stdout));
  process.stdin.once('end', () => void server.close());
  if (!values.quiet) env.stderr.write('bolt mcp: serving over stdio\n');
  await closed;
  return 0;
}
