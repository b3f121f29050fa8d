/**
 * Cached extraction: each chunk (preamble or H2 section) is parsed and extracted into its own empty
 * model, kept under its content hash, and merged in order. An unchanged section costs a hash and a
 * merge instead of a parse.
 */
import type { SpecModel } from '../../model/schema.js';
import type { ParseIssue } from '../../model/diagnostics.js';
import { emptyModel, extractChunk, noteMojibake } from '../spec.js';
import { type Chunk, splitSections } from '../split.js';
import { mergeModel, needsContext } from './merge.js';
import { chunkKey, type SectionCache, type SectionResult } from './store.js';

/** Counts of one extraction, for `bolt watch` and the benchmark. */
export interface CacheStats {
  hits: number;
  misses: number;
}

/** One chunk's result, from the cache or by parsing it. */
export function sectionResult(chunk: Chunk, cache: SectionCache | undefined, stats?: CacheStats): SectionResult {
  const key = cache ? chunkKey(chunk) : '';
  const hit = cache?.get(key) as SectionResult | undefined;
  if (hit) {
    if (stats) stats.hits++;
    return hit;
  }
  const part = emptyModel();
  const issues: ParseIssue[] = [];
  extractChunk(chunk, part, issues);
  const result = { part, issues };
  cache?.set(key, result);
  if (stats) stats.misses++;
  return result;
}

/** True when every chunk of `files` has a cached result: extraction will not need the parser. */
export function allCached(files: { file: string; text: string }[], cache: SectionCache): boolean {
  return files.every(({ file, text }) => splitSections(file, text).every((chunk) => cache.has(chunkKey(chunk))));
}

/** Builds one model from spec texts (in the order given), reusing cached sections. */
export function extractSpecsCached(
  files: { file: string; text: string }[],
  cache: SectionCache | undefined,
  stats?: CacheStats,
): { model: SpecModel; issues: ParseIssue[] } {
  const model = emptyModel();
  const issues: ParseIssue[] = [];
  for (const { file, text } of files) {
    model.files.push(file);
    noteMojibake(file, text, issues);
    for (const chunk of splitSections(file, text)) {
      const result = sectionResult(chunk, cache, stats);
      if (needsContext(model, result.part, chunk.heading === undefined)) {
        // The extractor reads what earlier sections left: run it in place, on copies of what it may
        // change, so that cached parts stay as they were.
        if (model.header) model.header = structuredClone(model.header);
        if (model.secrets) model.secrets = structuredClone(model.secrets);
        extractChunk(chunk, model, issues);
        continue;
      }
      mergeModel(model, result.part);
      issues.push(...result.issues);
    }
  }
  return { model, issues };
}
