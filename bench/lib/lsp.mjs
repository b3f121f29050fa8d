/**
 * `bolt lsp` re-validation on a spec repository, measured through the real server over stdio
 * (vscode-languageserver-protocol as the client): the first validation after opening os.md, then warm
 * re-validations after one-line edits (the section cache kept by the session), timed inside the
 * server (`bolt/revalidate` answers with its own duration) and end to end (didChange →
 * publishDiagnostics, which includes the 200 ms debounce).
 *
 * Usage: node bench/lib/lsp.mjs DIR [RUNS]   prints one JSON line.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = resolve(import.meta.dirname, '../..');
const dir = resolve(process.argv[2]);
const runs = Number(process.argv[3] ?? 10);
const child = spawn(process.execPath, [join(root, 'dist/src/cli/bin.js'), 'lsp', '--cwd', dir], { stdio: ['pipe', 'pipe', 'inherit'] });
const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const uri = pathToFileURL(join(dir, 'specs/os.md')).href;
let onPublish = () => undefined;
rpc.onNotification('textDocument/publishDiagnostics', (p) => {
  if (p.uri === uri) onPublish();
});
rpc.listen();
const published = () => new Promise((res) => (onPublish = res));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await rpc.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
await rpc.sendNotification('initialized', {});
const text = readFileSync(join(dir, 'specs/os.md'), 'utf8');
let t0 = performance.now();
let next = published();
await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
await next;
const openMs = performance.now() - t0;
const server = [];
const roundTrip = [];
for (let i = 0; i < runs; i++) {
  // a one-line edit in the middle of the document: one section changes
  const lines = text.split('\n');
  const at = Math.floor(lines.length / 2);
  lines[at] = `${lines[at]}${i % 2 === 0 ? ' ' : ''}`;
  next = published();
  t0 = performance.now();
  await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: lines.join('\n') }] });
  await next;
  roundTrip.push(performance.now() - t0);
  server.push((await rpc.sendRequest('bolt/revalidate')).ms);
}
await rpc.sendRequest('shutdown');
await rpc.sendNotification('exit');
rpc.dispose();
child.kill();
process.stdout.write(`${JSON.stringify({ openMs, warmMs: median(server), roundTripMs: median(roundTrip), runs })}\n`);
