/**
 * JSON code blocks read through `yaml`'s parseDocument + LineCounter (JSON is YAML), so every key
 * keeps its line and column, and a syntax error has one too.
 */
import type { Code } from 'mdast';
import { type ParseError, parse as parseJsonc } from 'jsonc-parser';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Pos } from '../model/schema.js';
import type { ChunkContext } from './context.js';
import { codeLinePos } from './mdast.js';

/** A parsed JSON block: the value, and a position per top-level key. */
export interface JsonBlock {
  value: unknown;
  keys: { key: string; value: unknown; pos: Pos | undefined }[];
}

/** Parses a JSON code block; syntax errors become `spec/unparsed` at the offending line. */
export function readJsonBlock(code: Code, ctx: ChunkContext, what: string): JsonBlock | undefined {
  try {
    const value: unknown = JSON.parse(code.value);
    const lc = new LineCounter();
    const doc = parseDocument(code.value, { lineCounter: lc });
    const keys: JsonBlock['keys'] = [];
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const a = lc.linePos(pair.key.range[0]);
        const b = lc.linePos(pair.key.range[1]);
        keys.push({ key: String(pair.key.value), value: isScalar(pair.value) ? pair.value.value : undefined, pos: codeLinePos(code, ctx, a.line - 1, a.col - 1, b.line === a.line ? b.col - 1 : a.col - 1) });
      }
    }
    return { value, keys };
  } catch (error) {
    // JSON.parse does not always say where; jsonc-parser's scanner does.
    const errors: ParseError[] = [];
    parseJsonc(code.value, errors, { allowTrailingComma: false, disallowComments: true });
    const at = errors[0]?.offset ?? 0;
    const before = code.value.slice(0, at).split('\n');
    const line = before.length - 1;
    const col = before.at(-1)!.length;
    ctx.unparsed(codeLinePos(code, ctx, line, col, col + 1), `Unexpected JSON in ${what}: ${(error as Error).message.split(/,? "/)[0]}`);
    return undefined;
  }
}
