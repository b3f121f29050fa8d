/**
 * The Markdown parser: unified + remark-parse + remark-gfm, one frozen processor for the process.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses Markdown to mdast; positions are relative to `text`. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
