/**
 * Procedure sections (Deployment Process, Backup & Restore, Maintenance Commands, and the H3s of
 * Multi-Country Deployment): H3 groups of paragraphs, ordered/bullet lists and code blocks, with
 * `# comment` lines titling the shell commands under them.
 */
import type { RootContent } from 'mdast';
import type { Block, Group } from '../../model/schema.js';
import type { ChunkContext } from '../context.js';
import { commandsOf, groupByH3, inlineMd, toList } from '../mdast.js';
import type { Extractor, SectionInput } from './types.js';

/** Reads paragraphs, lists and code blocks; anything else is unparsed. */
export function readBlocks(nodes: RootContent[], ctx: ChunkContext): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') blocks.push({ type: 'paragraph', md: inlineMd(node, ctx), pos: ctx.pos(node) });
    else if (node.type === 'list') blocks.push({ type: 'list', list: toList(node, ctx), pos: ctx.pos(node) });
    else if (node.type === 'code') blocks.push({ type: 'code', code: node.value, commands: commandsOf(node, ctx), pos: ctx.pos(node), ...(node.lang ? { lang: node.lang } : {}) });
    else ctx.unparsed(node, `Unexpected \`${node.type}\`, expected paragraphs, lists and code blocks`);
  }
  return blocks;
}

/** Reads a section's H3 groups. */
export function readGroups({ nodes, ctx }: Pick<SectionInput, 'nodes' | 'ctx'>): Group[] {
  return groupByH3(nodes, ctx).map((g) => ({
    title: g.title,
    planned: g.planned,
    blocks: readBlocks(g.nodes, ctx),
    pos: ctx.pos(g.heading),
    ...(g.qualifier !== undefined ? { qualifier: g.qualifier } : {}),
  }));
}

/** An extractor appending groups to one of the model's group lists. */
export function groupsInto(key: 'deployment' | 'backup' | 'maintenance'): Extractor {
  return (input) => {
    input.model[key].push(...readGroups(input));
  };
}
