/**
 * Where section results are kept: in memory (for `bolt watch`, one process, many builds) and
 * optionally on disk under `.bolt-cache/` (so `bolt check` and `bolt validate` on unchanged specs
 * skip parsing). Keys are content hashes, so an entry never needs invalidating: an edit makes a new
 * key, and a new Bolt Lab build (different extractor code) makes new keys for everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SpecModel } from '../../model/schema.js';
import type { ParseIssue } from '../../model/diagnostics.js';
import type { Chunk } from '../split.js';

/** One chunk's contribution: what its extractor wrote into an empty model, and what it could not read. */
export interface SectionResult {
  part: SpecModel;
  issues: ParseIssue[];
}

/** A key → JSON value store (section results, and the parsed lock under its own keys). */
export interface SectionCache {
  get(key: string): unknown;
  has(key: string): boolean;
  set(key: string, value: unknown): void;
}

let fingerprint: string | undefined;

/**
 * A hash of the code that produces cached results (the parser, the model's value readers, the lock
 * and YAML readers): results cached by another build of that code never match. The code does not
 * change while a process runs, so the hash is computed once.
 */
function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.[jt]s$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path));
    }
  };
  for (const folder of ['parse', 'model', 'lock', 'read']) walk(join(srcDir, folder));
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}

/** The cache key of a file's whole text (the lock): its kind, path and contents. */
export function textKey(kind: string, file: string, text: string): string {
  return createHash('sha256').update(codeFingerprint()).update('\0').update(kind).update('\0').update(file).update('\0').update(text).digest('hex');
}

/** The cache key of a chunk: its file, first line and text (positions depend on all three). */
export function chunkKey(chunk: Chunk): string {
  return createHash('sha256').update(codeFingerprint()).update('\0').update(chunk.file).update('\0').update(String(chunk.line)).update('\0').update(chunk.text).digest('hex');
}

/**
 * An in-memory cache that keeps the entries the last build used and drops the rest (for watch).
 * Entries are copied in and out: a generator that sorts or trims the model in place must not change
 * what the next build reads (a copy costs far less than the parse it replaces).
 */
export class MemoryCache implements SectionCache {
  private entries = new Map<string, unknown>();
  private used = new Set<string>();

  /** The entry under `key`, if any. */
  get(key: string): unknown {
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    this.used.add(key);
    return structuredClone(hit);
  }

  /** True when an entry exists under `key`. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Stores an entry. */
  set(key: string, value: unknown): void {
    this.entries.set(key, structuredClone(value));
    this.used.add(key);
  }

  /** Drops every entry not read or written since the last sweep: edited sections do not pile up. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }

  /** Number of entries. */
  get size(): number {
    return this.entries.size;
  }
}

/** Default on-disk cache folder, relative to the working directory. */
export const CACHE_DIR = '.bolt-cache';

/** A cache of JSON files under `dir/sections/`; unreadable entries count as misses. */
export class DiskCache implements SectionCache {
  constructor(readonly dir: string) {}

  /** The entry under `key`, if a readable one exists. */
  get(key: string): unknown {
    try {
      return JSON.parse(readFileSync(this.path(key), 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /** True when an entry file exists under `key`. */
  has(key: string): boolean {
    return existsSync(this.path(key));
  }

  /** Writes an entry atomically (temp file + rename); a failure to write is not an error. */
  set(key: string, value: unknown): void {
    const path = this.path(key);
    try {
      if (mkdirSync(dirname(path), { recursive: true }) !== undefined) {
        // As pytest does with .pytest_cache: the folder ignores itself, whatever the repo's .gitignore says.
        writeFileSync(join(this.dir, '.gitignore'), '*\n');
      }
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, path);
    } catch {
      /* a read-only or full disk only costs the next run a parse */
    }
  }

  private path(key: string): string {
    return join(this.dir, 'sections', key.slice(0, 2), `${key}.json`);
  }
}
