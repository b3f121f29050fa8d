/**
 * `bolt lsp`, the real binary over stdio, driven by a JSON-RPC client (vscode-languageserver-protocol): initialize,
 * open the seed and receive its 10 warnings at the right ranges, hover a container, jump from a
 * route target to the inventory row, apply a fix's edit and see the finding go, suppress one, and
 * survive an unparsable versions.lock with a diagnostic at the failing position.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { CodeAction, Diagnostic, Hover, Location, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

const ROOT = new URL('../..', import.meta.url).pathname;

let dist: string;
let repo: string;
let child: ChildProcess;
let rpc: MessageConnection;
const latest = new Map<string, Diagnostic[]>();
const waiters: (() => void)[] = [];

/** Resolves when `check` holds for the diagnostics published so far (checked on every publish). */
function until<T>(check: () => T | undefined, timeout = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for diagnostics')), timeout);
    const test = () => {
      const got = check();
      if (got === undefined) return false;
      clearTimeout(timer);
      resolve(got);
      return true;
    };
    if (!test()) waiters.push(() => void (test() && waiters.splice(waiters.indexOf(waiterRef), 1)));
    const waiterRef = waiters.at(-1)!;
  });
}

beforeAll(async () => {
  // A private build (see test/mcp/bolt-server.test.ts): the shared dist/ may be half-written by another run.
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  dist = mkdtempSync(join(ROOT, 'test-artifacts', 'bolt-lsp-dist-'));
  await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json', '--outDir', dist, '--declaration', 'false'], { cwd: ROOT }).catch(() => undefined);
  repo = mkdtempSync(join(tmpdir(), 'bolt-lsp-'));
  cpSync(join(ROOT, 'specs'), join(repo, 'specs'), { recursive: true });
  child = spawn(process.execPath, [join(dist, 'src/cli/bin.js'), 'lsp', '--stdio'], { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'] });
  rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p.diagnostics);
    for (const w of [...waiters]) w();
  });
  rpc.listen();
}, 240_000);

afterAll(async () => {
  try {
    await rpc.sendRequest('shutdown');
    await rpc.sendNotification('exit');
  } catch {
    // already gone
  }
  rpc?.dispose();
  child?.kill();
  if (dist) rmSync(dist, { recursive: true, force: true });
  if (repo) rmSync(repo, { recursive: true, force: true });
});

const uriOf = (file: string) => pathToFileURL(join(repo, file)).href;
const at = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)}`;

describe('bolt lsp over stdio', () => {
  const os = () => uriOf('specs/os.md');
  let doc: TextDocument;
  let version = 1;
  const change = async (edits: TextEdit[]) => {
    doc = TextDocument.create(os(), 'markdown', ++version, TextDocument.applyEdits(doc, edits));
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: os(), version }, contentChanges: [{ text: doc.getText() }] });
  };

  it('initializes and publishes the seed\'s 10 warnings at their ranges', async () => {
    const init = (await rpc.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(repo).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(repo).href, name: 'seed' }] })) as { capabilities: Record<string, unknown> };
    expect(init.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true });
    await rpc.sendNotification('initialized', {});
    const text = readFileSync(join(repo, 'specs/os.md'), 'utf8');
    doc = TextDocument.create(os(), 'markdown', version, text);
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: os(), languageId: 'markdown', version, text } });
    const list = await until(() => (latest.get(os())?.length === 10 ? latest.get(os()) : undefined));
    // `bolt validate` on the seed: 25:16, 31:16 (unpinned images), 26:16, 31:16 (required env of postgres, chatwoot),
    // 32:13 (unpublished `vault`), 47:1 (Caddyfile drift), 156:1, 305:3, 306:3, 307:3 (tool counts).
    expect(list.map(at)).toEqual([
      '24:15-24:41 inventory/unpinned-image',
      '25:15-25:28 deploy/missing-required-env',
      '30:15-30:41 deploy/missing-required-env',
      '30:15-30:41 inventory/unpinned-image',
      '31:12-31:24 inventory/unpublished-image',
      '46:0-46:13 routing/caddyfile-drift',
      '155:0-155:70 api/tool-count-mismatch',
      '304:2-304:12 api/tool-count-mismatch',
      '305:2-305:7 api/tool-count-mismatch',
      '306:2-306:12 api/tool-count-mismatch',
    ]);
    expect(list.every((d) => d.severity === 2 && d.source === 'bolt')).toBe(true);
    expect(list[0]!.codeDescription?.href).toMatch(/docs\/rules\.md#inventoryunpinned-image$/);
    expect(list[7]!.relatedInformation?.[0]?.location.range.start.line).toBe(147); // `supabase` lists 4 endpoints (line 148)
    expect(await until(() => latest.get(uriOf('specs/versions.lock')))).toEqual([]); // published in the same run, just after
  });

  it('hovers a container row and jumps from a route target to it', async () => {
    const hover = (await rpc.sendRequest('textDocument/hover', { textDocument: { uri: os() }, position: { line: 24, character: 4 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('**smartapi**');
    expect(value).toContain('`api.smarterbot.cl:latest`');
    expect(value).toMatch(/lock pin: `api\.smarterbot\.cl:latest`/);
    expect(value).toMatch(/routes to it: `api\.smarterbot\.cl` → :8000/);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('api.smarterbot.cl       → Caddy → smartapi:8000'));
    const def = (await rpc.sendRequest('textDocument/definition', { textDocument: { uri: os() }, position: { line, character: 36 } })) as Location;
    expect(def.uri).toBe(os());
    expect(def.range.start.line).toBe(24);
  });

  it('applies a code action\'s fix and the finding disappears', async () => {
    const actions = (await rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri: os() },
      range: { start: { line: 155, character: 3 }, end: { line: 155, character: 3 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Say 20 tools');
    expect(titles).toContain('Suppress `api/tool-count-mismatch` on this line');
    await change(actions.find((a) => a.title === 'Say 20 tools')!.edit!.changes![os()]!);
    const list = await until(() => (latest.get(os())?.length === 9 ? latest.get(os()) : undefined));
    expect(list.map(at)).not.toContain('155:0-155:70 api/tool-count-mismatch');
    const all = (await rpc.sendRequest('textDocument/codeAction', { textDocument: { uri: os() }, range: { start: { line: 304, character: 3 }, end: { line: 304, character: 3 } }, context: { diagnostics: [] } })) as CodeAction[];
    expect(all.map((a) => a.title)).toContain('Fix all 3 `api/tool-count-mismatch` problems');
  });

  it('suppresses a finding on its line (the table is wrapped in bolt-disable … bolt-enable)', async () => {
    const actions = (await rpc.sendRequest('textDocument/codeAction', { textDocument: { uri: os() }, range: { start: { line: 30, character: 20 }, end: { line: 30, character: 20 } }, context: { diagnostics: [] } })) as CodeAction[];
    const suppress = actions.find((a) => a.title === 'Suppress `inventory/unpinned-image` on this line')!;
    await change(suppress.edit!.changes![os()]!);
    expect(doc.getText()).toContain('<!-- bolt-disable inventory/unpinned-image -- TODO: say why -->\n| Container |');
    const list = await until(() => (latest.get(os())?.length === 7 ? latest.get(os()) : undefined));
    expect(list.map((d) => d.code)).not.toContain('inventory/unpinned-image');
  });

  it('never crashes on an unparsable versions.lock: one diagnostic at the failing position, then recovery', async () => {
    const lock = uriOf('specs/versions.lock');
    const broken = readFileSync(join(repo, 'specs/versions.lock'), 'utf8').replace('  redis: { image: redis, tag: "7" }', '  redis: { image: redis, tag: "7" ');
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: lock, languageId: 'yaml', version: 1, text: broken } });
    const bad = await until(() => (latest.get(lock)?.length === 1 ? latest.get(lock) : undefined));
    expect(bad[0]!.severity).toBe(1);
    expect(bad[0]!.range.start.line).toBeGreaterThanOrEqual(8);
    expect(bad[0]!.message).toMatch(/^Unexpected YAML/);
    await rpc.sendNotification('textDocument/didClose', { textDocument: { uri: lock } });
    await until(() => (latest.get(lock)?.length === 0 && latest.get(os())?.length === 7 ? true : undefined));
    const { ms } = (await rpc.sendRequest('bolt/revalidate')) as { ms: number };
    expect(ms).toBeGreaterThan(0);
  });
});
