/**
 * `bolt lsp`: a Language Server (vscode-languageserver) for spec repositories. On open and change
 * of a spec file or versions.lock it re-validates the whole workspace (rules cross files), debounced,
 * with the editor's unsaved texts in place of the files (`LoadOptions.overlay`) and a section cache
 * kept for the session, and publishes the findings of every file. An input that cannot be read or
 * parsed is one diagnostic at its position, never a crash. Code actions, hover and definition are
 * answered from the last run's findings and model.
 *
 * `createLspServer` is side-effect free apart from the connection it is given; the CLI command
 * connects it to stdio.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Connection, type Diagnostic as LspDiagnostic, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyBaseline, DEFAULT_BASELINE, readBaseline } from '../baseline/index.js';
import { isBoltError } from '../errors/index.js';
import type { LoadedSpecs } from '../load/index.js';
import { loadWorkspace } from '../load/workspace.js';
import type { Diagnostic } from '../model/diagnostics.js';
import { MemoryCache } from '../parse/cache/store.js';
import { validate } from '../rules/validate.js';
import { codeActions } from './actions.js';
import { fileOf, rangeOf, toLsp, uriOf } from './convert.js';
import { definitionAt, hoverAt } from './navigate.js';

/** What the server reads (the CLI's shared flags); `cwd` defaults to the client's workspace folder. */
export interface LspOptions {
  cwd?: string | undefined;
  spec?: string[] | undefined;
  lock?: string | undefined;
  config?: string | undefined;
  /** Quiet time after the last edit before re-validating, in ms (default 200). */
  debounceMs?: number | undefined;
}

/** The server's handle: re-validate now (resolves with the time it took, in ms). */
export interface LspServer {
  revalidate(): Promise<number>;
}

/** Registers Bolt Lab's language features on `connection` (call `connection.listen()` after). */
export function createLspServer(connection: Connection, options: LspOptions = {}): LspServer {
  const documents = new TextDocuments(TextDocument);
  const cache = new MemoryCache();
  const debounceMs = options.debounceMs ?? 200;
  let cwd = resolve(options.cwd ?? process.cwd());
  let last: { diagnostics: Diagnostic[]; loaded?: LoadedSpecs | undefined } = { diagnostics: [] };
  let published = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;

  const overlay = () => {
    const texts = new Map<string, string>();
    for (const doc of documents.all()) {
      if (doc.uri.startsWith('file:')) texts.set(fileURLToPath(doc.uri), doc.getText());
    }
    return texts;
  };

  /** One run: load (open documents win), validate, publish every file's findings (empty ones clear). */
  async function run(): Promise<number> {
    const started = performance.now();
    let diagnostics: Diagnostic[];
    let loaded: LoadedSpecs | undefined;
    try {
      const ws = await loadWorkspace({ cwd, spec: options.spec, lock: options.lock, config: options.config, overlay: overlay() }, cache);
      loaded = ws.loaded;
      let result = validate(loaded, ws.config);
      const baseline = await readBaseline(cwd, DEFAULT_BASELINE, false);
      if (baseline) result = applyBaseline(result, baseline, loaded.sources, ws.config);
      diagnostics = result.diagnostics;
      cache.sweep();
    } catch (error) {
      // Unreadable input: one finding at its position (the CLI's exit-2 message), the model of the last good run kept.
      const location = isBoltError(error) ? error.location : undefined;
      const message = isBoltError(error) ? `${error.message}${error.hint ? `\n(hint: ${error.hint})` : ''}` : `internal error: ${(error as Error)?.message ?? String(error)}`;
      if (!isBoltError(error)) connection.console.error(`bolt lsp: ${(error as Error)?.stack ?? String(error)}`);
      const file = location?.file && !location.file.startsWith('bolt ') ? location.file : (last.loaded?.model.files[0] ?? 'specs/os.md');
      diagnostics = [{ ruleId: 'bolt/unreadable', severity: 'error', message, file, line: location?.line ?? 1, column: location?.column ?? 1 }];
      loaded = last.loaded;
    }
    last = { diagnostics, loaded: loaded ?? last.loaded };
    const byUri = new Map<string, LspDiagnostic[]>();
    for (const file of [...(loaded?.model.files ?? []), ...(loaded?.lock ? [loaded.lock.file] : [])]) byUri.set(uriOf(cwd, file), []);
    for (const d of diagnostics) {
      if (!d.file) continue;
      const uri = uriOf(cwd, d.file);
      byUri.set(uri, [...(byUri.get(uri) ?? []), toLsp(cwd, d)]);
    }
    for (const uri of published) if (!byUri.has(uri)) byUri.set(uri, []);
    await Promise.all([...byUri].map(([uri, list]) => connection.sendDiagnostics({ uri, diagnostics: list })));
    published = new Set([...byUri].filter(([, list]) => list.length > 0).map(([uri]) => uri));
    return performance.now() - started;
  }

  /** Runs now; a request during a run makes one more run after it (never two at once). */
  async function revalidate(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let ms = await run();
      while (again) {
        again = false;
        ms = await run();
      }
      return ms;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void revalidate();
    }, debounceMs);
  };

  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    if (!options.cwd && folder?.startsWith('file:')) cwd = fileURLToPath(folder);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.bolt'] },
        hoverProvider: true,
        definitionProvider: true,
      },
      serverInfo: { name: 'bolt-lab' },
    };
  });
  connection.onInitialized(() => schedule());
  documents.onDidChangeContent(() => schedule());
  documents.onDidClose(() => schedule());
  connection.onDidChangeWatchedFiles(() => schedule());
  connection.onRequest('bolt/revalidate', async () => ({ ms: await revalidate() }));

  const cursor = (uri: string, position: { line: number; character: number }) => {
    const file = fileOf(cwd, uri);
    return file === undefined ? undefined : { file, line: position.line + 1, column: position.character + 1 };
  };
  connection.onHover(({ textDocument, position }) => {
    const at = cursor(textDocument.uri, position);
    const model = last.loaded?.model;
    const text = at && model ? hoverAt(model, last.loaded?.lock, at) : undefined;
    return text ? { contents: { kind: 'markdown', value: text } } : null;
  });
  connection.onDefinition(({ textDocument, position }) => {
    const at = cursor(textDocument.uri, position);
    const pos = at && last.loaded ? definitionAt(last.loaded.model, last.loaded.lock, at) : undefined;
    return pos ? { uri: uriOf(cwd, pos.file), range: rangeOf(pos) } : null;
  });
  connection.onCodeAction(({ textDocument, range }) => {
    const file = fileOf(cwd, textDocument.uri);
    if (file === undefined || !last.loaded) return [];
    return codeActions(cwd, file, range, last.diagnostics, last.loaded.sources, documents.get(textDocument.uri)?.getText());
  });

  documents.listen(connection);
  return { revalidate };
}
