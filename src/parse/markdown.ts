/**
 * The Markdown parser: unified + remark-parse + remark-gfm, one frozen processor for the process.
 * It is loaded on first use, not at import: a run whose sections all come from the section cache
 * (`.bolt-cache/`) never loads the parser's ~100 modules. `loadSpecs` preloads it asynchronously
 * when some section needs parsing; a synchronous first use loads it with `require` (Node ≥ 20.19).
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type { Processor } from 'unified';

let processor: Processor<Root> | undefined;

function build(unified: typeof import('unified'), parse: typeof import('remark-parse'), gfm: typeof import('remark-gfm')): Processor<Root> {
  return unified.unified().use(parse.default).use(gfm.default).freeze() as unknown as Processor<Root>;
}

/** Loads the parser ahead of a synchronous parse (works on every Node 20). */
export async function preloadMarkdown(): Promise<void> {
  if (processor) return;
  const [unified, parse, gfm] = await Promise.all([import('unified'), import('remark-parse'), import('remark-gfm')]);
  processor ??= build(unified, parse, gfm);
}

/** Parses Markdown to mdast; positions are relative to `text`. */
export function parseMarkdown(text: string): Root {
  if (!processor) {
    const require = createRequire(import.meta.url);
    processor = build(require('unified') as typeof import('unified'), require('remark-parse') as typeof import('remark-parse'), require('remark-gfm') as typeof import('remark-gfm'));
  }
  return processor.parse(text) as Root;
}
