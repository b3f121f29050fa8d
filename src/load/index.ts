/**
 * The read stage: resolve the spec globs, read and decode every file, extract them in a stable
 * order into one model, and load versions.lock.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { boltError } from '../errors/index.js';
import { displayPath } from '../paths.js';
import { loadLock } from '../lock/read.js';
import type { Lock, SpecModel } from '../model/schema.js';
import { allCached, extractSpecsCached } from '../parse/cache/extract.js';
import { loadLockCached } from '../lock/cached.js';
import { CACHE_DIR, DiskCache, type SectionCache } from '../parse/cache/store.js';
import { decodeSpec } from '../read/decode.js';
import type { ParseIssue } from '../model/diagnostics.js';
import { preloadMarkdown } from '../parse/markdown.js';
import { redactFiles, redactText } from './redact.js';

/** Where to read from. Paths are relative to `cwd`. */
export interface LoadOptions {
  cwd?: string | undefined;
  /** Spec globs; default `specs/**\/*.md`. */
  spec?: string | string[] | undefined;
  /** versions.lock path; default `specs/versions.lock`. `false` skips the lock. */
  lock?: string | false | undefined;
  /** The lock path was given explicitly: a missing file is an error rather than "no lock". */
  lockRequired?: boolean | undefined;
  /** Parsed-section cache; default the on-disk one when `.bolt-cache/` exists in cwd, `false` for none. */
  cache?: SectionCache | false | undefined;
  /**
   * Texts that win over the files on disk, by absolute path (an editor's unsaved buffers in
   * `bolt lsp`, the fixed texts of a `--fix-dry-run` pass). Only files the globs find are read.
   */
  overlay?: ReadonlyMap<string, string> | undefined;
}

/** The loaded specs: the model, the lock, what could not be read, and every source text by file. */
export interface LoadedSpecs {
  cwd: string;
  model: SpecModel;
  lock?: Lock | undefined;
  issues: ParseIssue[];
  /** File (relative to cwd) → text with every secret value masked (same columns), for reporters that print source lines. */
  sources: Record<string, string>;
}

/** Default spec glob. */
export const DEFAULT_SPEC = 'specs/**/*.md';
/** Default lock path. */
export const DEFAULT_LOCK = 'specs/versions.lock';


/** fast-glob, loaded only for patterns other than `DIR/**\/*.md`. */
async function globFiles(cwd: string, patterns: string[]): Promise<string[]> {
  const { default: fg } = await import('fast-glob');
  return fg(patterns, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: true, unique: true });
}

/**
 * The common case, `DIR/**\/*.md` (the default), with a recursive readdir: same result as fast-glob
 * (no dot files or folders), without loading it. Undefined for other patterns, or when the tree has
 * a symbolic link (fast-glob follows those).
 */
async function walkMarkdown(cwd: string, patterns: string[]): Promise<string[] | undefined> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const m = /^((?:[\w-][\w.-]*\/)*[\w-][\w.-]*)\/\*\*\/\*\.md$/.exec(pattern);
    if (!m) return undefined;
    let entries;
    try {
      entries = await readdir(resolve(cwd, m[1]!), { recursive: true, withFileTypes: true });
    } catch {
      continue; // a missing folder matches nothing, as with fast-glob
    }
    for (const entry of entries) {
      if (entry.isSymbolicLink()) return undefined;
      const dir = (entry as { parentPath?: string }).parentPath ?? entry.path;
      const rel = relative(cwd, join(dir, entry.name)).split('\\').join('/');
      if (entry.isFile() && entry.name.endsWith('.md') && !rel.split('/').some((part) => part.startsWith('.'))) found.add(rel);
    }
  }
  return [...found];
}

/** Reads the spec files matched by the globs, in path order, each decoded and redacted (see `redact.ts`). */
export async function readSpecFiles(cwd: string, spec: string | string[] = DEFAULT_SPEC, overlay?: ReadonlyMap<string, string>): Promise<{ file: string; text: string }[]> {
  const patterns = Array.isArray(spec) ? spec : [spec];
  const paths = ((await walkMarkdown(cwd, patterns)) ?? (await globFiles(cwd, patterns))).sort();
  if (paths.length === 0) {
    throw boltError('SpecNotFound', { patterns: patterns.map((p) => `\`${p}\``).join(', ') }, { location: { file: cwd } });
  }
  return Promise.all(
    paths.map(async (p) => {
      const file = displayPath(cwd, p);
      let bytes: Buffer;
      const open = overlay?.get(resolve(cwd, p));
      try {
        bytes = open !== undefined ? Buffer.from(open, 'utf8') : await readFile(resolve(cwd, p));
      } catch (error) {
        throw boltError('SpecUnreadable', { reason: (error as Error).message }, { location: { file } });
      }
      return { file, text: redactText(decodeSpec(bytes, file)) };
    }),
  );
}

/**
 * Builds one model from spec texts (in the order given): each section is extracted on its own and
 * merged in order (`src/parse/cache/merge.ts`, the one home of the merge rules), reusing cached
 * sections when given a cache. With or without a cache it is the same code path. The texts are
 * redacted first: the model never holds a secret value.
 */
export function extractSpecs(files: { file: string; text: string }[], cache?: SectionCache): { model: SpecModel; issues: ParseIssue[] } {
  return extractSpecsCached(redactFiles(files), cache);
}

/**
 * Loads specs and lock: the read → decode → redact → parse → extract stages. Exit-2 problems throw
 * BoltError. Every secret value is masked before parsing, so the model and `sources` (and all that
 * is made from them) hold none.
 */
export async function loadSpecs(options: LoadOptions = {}): Promise<LoadedSpecs> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const files = await readSpecFiles(cwd, options.spec, options.overlay);
  const cache = options.cache ?? (existsSync(resolve(cwd, CACHE_DIR)) ? new DiskCache(resolve(cwd, CACHE_DIR)) : undefined);
  if (!cache || !allCached(files, cache)) await preloadMarkdown();
  const { model, issues } = extractSpecsCached(files, cache || undefined); // already redacted by readSpecFiles
  const sources: Record<string, string> = Object.fromEntries(files.map((f) => [f.file, f.text]));
  let lock: Lock | undefined;
  if (options.lock !== false) {
    const [lockPath, required] = [options.lock ?? DEFAULT_LOCK, options.lockRequired ?? false];
    const loaded = cache ? await loadLockCached(cwd, lockPath, required, cache, options.overlay) : await loadLock(cwd, lockPath, required, options.overlay);
    if (loaded) {
      lock = loaded.lock;
      sources[loaded.lock.file] = loaded.text;
    }
  }
  return { cwd, model, lock, issues, sources };
}
