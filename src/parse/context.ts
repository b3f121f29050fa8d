/**
 * What an extractor works with: the chunk it reads, a way to turn mdast nodes and chunk offsets into
 * file positions, the node's own source text, and a sink for the lines it cannot read.
 */
import type { Node } from 'mdast';
import type { ParseIssue } from '../model/diagnostics.js';
import type { Pos } from '../model/schema.js';
import type { Chunk } from './split.js';

/** Positions and source for one chunk. */
export class ChunkContext {
  private lineStarts: number[] | undefined;

  constructor(
    readonly chunk: Chunk,
    readonly issues: ParseIssue[],
  ) {}

  /** The file position of an mdast node parsed from this chunk. */
  pos(node: Node | undefined): Pos | undefined {
    const p = node?.position;
    if (!p) return undefined;
    const shift = this.chunk.line - 1;
    return {
      file: this.chunk.file,
      line: p.start.line + shift,
      column: p.start.column,
      endLine: p.end.line + shift,
      endColumn: p.end.column,
    };
  }

  /** The file position of chunk offsets `[start, end)`. */
  range(start: number, end: number): Pos {
    const a = this.lineColumn(start);
    const b = this.lineColumn(end);
    return { file: this.chunk.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The source text of a node, as written. */
  src(node: Node): string {
    const p = node.position;
    return p ? this.chunk.text.slice(p.start.offset, p.end.offset) : '';
  }

  /** Chunk offset where a node starts. */
  offset(node: Node): number {
    return node.position?.start.offset ?? 0;
  }

  /** Records a line that does not match its section's format. */
  unparsed(at: Node | Pos | undefined, message: string, hint?: string): void {
    const pos = at && 'type' in at ? this.pos(at) : (at as Pos | undefined);
    this.issues.push({
      ruleId: 'spec/unparsed',
      message,
      hint,
      pos: pos ?? { file: this.chunk.file, line: this.chunk.line, column: 1, endLine: this.chunk.line, endColumn: 1 },
    });
  }

  private lineColumn(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.chunk.text;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: this.chunk.line + lo, column: offset - starts[lo]! + 1 };
  }
}
