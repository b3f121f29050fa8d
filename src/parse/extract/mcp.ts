/**
 * MCP Integration: the mount bullets (`**Endpoint:**`, `**Auto-tools:**`, `**Registry:**`), the
 * "Tool Categories" JSON block (category → count) and usage examples `mcp.call_tool("name", {…})`.
 */
import type { Code } from 'mdast';
import type { Mcp, ToolExample } from '../../model/schema.js';
import type { ChunkContext } from '../context.js';
import { readJsonBlock } from '../json-block.js';
import { codeLinePos, groupByH3, keyValueItems, qualifierOf } from '../mdast.js';
import type { Extractor } from './types.js';
import { normalizeTitle } from '../../model/sections.js';

/** The balanced `{…}` starting at `from`, or undefined. */
function balanced(text: string, from: number): string | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(from, i + 1);
  }
  return undefined;
}

function readExamples(code: Code, ctx: ChunkContext): ToolExample[] {
  const examples: ToolExample[] = [];
  const re = /call_tool\(\s*(["'])([^"']+)\1/g;
  for (let m = re.exec(code.value); m; m = re.exec(code.value)) {
    const nameAt = m.index + m[0].length - m[2]!.length - 1;
    const before = code.value.slice(0, nameAt).split('\n');
    const line = before.length - 1;
    const col = before.at(-1)!.length;
    const example: ToolExample = { tool: m[2]!, pos: codeLinePos(code, ctx, line, col, col + m[2]!.length) };
    const rest = code.value.slice(re.lastIndex);
    const brace = /^\s*,\s*\{/.exec(rest);
    const argsText = brace ? balanced(code.value, re.lastIndex + brace[0].length - 1) : undefined;
    if (argsText) {
      for (const candidate of [argsText, argsText.replace(/\bTrue\b/g, 'true').replace(/\bFalse\b/g, 'false').replace(/\bNone\b/g, 'null')]) {
        try {
          example.args = JSON.parse(candidate) as Record<string, unknown>;
          break;
        } catch {
          /* not JSON: args stay absent */
        }
      }
    }
    examples.push(example);
  }
  return examples;
}

export const extractMcp: Extractor = ({ heading, nodes, ctx, model }) => {
  const mcp: Mcp = (model.mcp ??= { pos: ctx.pos(heading) });
  for (const group of groupByH3(nodes, ctx)) {
    const t = normalizeTitle(group.title);
    for (const node of group.nodes) {
      if (node.type === 'list') {
        const fields = keyValueItems(node, ctx, '`**Key:** value`');
        const get = (re: RegExp) => fields.find((f) => re.test(f.key))?.text;
        const endpoint = get(/^endpoint$/i);
        const autoTools = get(/^auto[- ]?tools$/i);
        const registry = get(/^registry$/i);
        mcp.mount = {
          title: group.title,
          ...qualifierOf(group),
          fields,
          pos: ctx.pos(group.heading),
          ...(endpoint !== undefined ? { endpoint } : {}),
          ...(autoTools !== undefined ? { autoTools } : {}),
          ...(registry !== undefined ? { registry } : {}),
        };
      } else if (node.type === 'code' && (node.lang === 'json' || t.includes('categor'))) {
        const block = readJsonBlock(node, ctx, 'the tool categories');
        if (!block) continue;
        const counts = [];
        for (const k of block.keys) {
          if (typeof k.value === 'number' && Number.isInteger(k.value)) counts.push({ category: k.key, count: k.value, pos: k.pos });
          else ctx.unparsed(k.pos, `Unexpected count for \`${k.key}\`, expected an integer`);
        }
        mcp.toolCategories = { title: group.title, ...qualifierOf(group), counts, pos: ctx.pos(node) };
      } else if (node.type === 'code') {
        mcp.usage = { title: group.title, ...qualifierOf(group), code: node.value, examples: readExamples(node, ctx), pos: ctx.pos(node), ...(node.lang ? { lang: node.lang } : {}) };
      } else {
        ctx.unparsed(node, `Unexpected \`${node.type}\` in MCP Integration`);
      }
    }
  }
};
