/**
 * One rebuild of `bolt watch`: reload config, specs and lock, reusing every unchanged section from
 * the in-memory cache, then validate, generate and write only the files whose contents changed.
 * A failing rebuild (unreadable input, validation errors, hand-edited outputs) writes nothing, so
 * the last good outputs stay in place; the watcher reports it and waits for the next edit.
 */
import { performance } from 'node:perf_hooks';
import { build } from './build.js';
import { isBoltError } from '../errors/index.js';
import type { LoadedSpecs } from '../load/index.js';
import { loadWorkspace } from '../load/workspace.js';
import type { ValidationResult } from '../rules/validate.js';
import { MemoryCache } from '../parse/cache/store.js';
import type { CacheStats } from '../parse/cache/extract.js';

/** Where and how to rebuild: the shared flags of the CLI. */
export interface RebuildOptions {
  cwd: string;
  config?: string | undefined;
  spec?: string[] | undefined;
  lock?: string | undefined;
  out?: string | undefined;
  only?: string[] | undefined;
}

/** What one rebuild did. */
export type RebuildOutcome =
  | { status: 'written'; written: string[]; removed: string[]; unchanged: number; validation: ValidationResult; loaded: LoadedSpecs }
  | { status: 'invalid'; validation: ValidationResult; loaded: LoadedSpecs }
  | { status: 'hand-edited'; files: string[]; validation: ValidationResult; loaded: LoadedSpecs }
  | { status: 'unreadable'; message: string };

/** A rebuild's outcome with its timing and how many sections it reused. */
export interface RebuildReport {
  outcome: RebuildOutcome;
  ms: number;
  /** Of `ms`, the time spent loading config, specs and lock (the part the section cache speeds up). */
  loadMs: number;
  sections: CacheStats;
  /** One line for the terminal. */
  summary: string;
}

/** Rebuilds on demand, keeping parsed sections between rebuilds. */
export class Rebuilder {
  private readonly cache = new CountingCache();
  private loadMs = 0;

  constructor(private readonly options: RebuildOptions) {}

  /** Runs one rebuild; never throws for bad input (that is an `unreadable` outcome). */
  async rebuild(): Promise<RebuildReport> {
    const t0 = performance.now();
    this.cache.stats = { hits: 0, misses: 0 };
    this.loadMs = 0;
    const outcome = await this.run().catch((error: unknown): RebuildOutcome => {
      if (isBoltError(error)) return { status: 'unreadable', message: error.format() };
      throw error;
    });
    this.cache.sweep();
    const ms = performance.now() - t0;
    const sections = { ...this.cache.stats };
    return { outcome, ms, loadMs: this.loadMs, sections, summary: summarize(outcome, ms, sections) };
  }

  private async run(): Promise<RebuildOutcome> {
    const t0 = performance.now();
    const { config, loaded } = await loadWorkspace(this.options, this.cache);
    this.loadMs = performance.now() - t0;
    const result = await build(loaded, config, { out: this.options.out, only: this.options.only });
    if (result.status === 'invalid') return { status: 'invalid', validation: result.validation, loaded };
    if (result.status === 'hand-edited') return { status: 'hand-edited', files: result.conflicts.map((c) => c.file), validation: result.validation, loaded };
    return { status: 'written', written: result.written, removed: result.removed, unchanged: result.unchanged, validation: result.validation, loaded };
  }
}

/** The memory cache, counting hits and misses of the current rebuild. */
class CountingCache extends MemoryCache {
  stats: CacheStats = { hits: 0, misses: 0 };

  override get(key: string): unknown {
    const hit = super.get(key);
    // Only section entries count: the lock has a key of its own kind and is reported apart.
    if (key.startsWith('lock-')) return hit;
    if (hit !== undefined) this.stats.hits++;
    else this.stats.misses++;
    return hit;
  }
}

function summarize(outcome: RebuildOutcome, ms: number, sections: CacheStats): string {
  const took = `${Math.round(ms)} ms, ${sections.misses} section(s) parsed, ${sections.hits} reused`;
  switch (outcome.status) {
    case 'written':
      return `${outcome.written.length} written, ${outcome.removed.length} removed, ${outcome.unchanged} unchanged (${took})`;
    case 'invalid':
      return `nothing written: validation found ${outcome.validation.summary.errors} error(s); the last good outputs stay (${took})`;
    case 'hand-edited':
      return `nothing written: ${outcome.files.join(', ')} changed by hand since the last build; the last good outputs stay (${took})`;
    case 'unreadable':
      return `nothing written: the input cannot be read; the last good outputs stay (${took})`;
  }
}
