/**
 * View-models for procedure groups (deployment, backup, maintenance, regions): prose through
 * unified, shell blocks split into titled commands so each gets its own copy button.
 */
import type { Block, Group } from '../model/schema.js';
import { anchor, uniqueId } from './html.js';
import { inlineToHtml, listToHtml, markdownToHtml } from './markdown.js';

/** One copyable command. */
export interface CommandView {
  title: string;
  code: string;
}
/** One block: prose HTML, or commands. */
export interface BlockView {
  isCode: boolean;
  html: string;
  lang: string;
  commands: CommandView[];
}
/** An H3 group. */
export interface GroupView {
  title: string;
  id: string;
  qualifierHtml: string;
  planned: boolean;
  blocks: BlockView[];
}

function blockView(block: Block): BlockView {
  if (block.type === 'paragraph') return { isCode: false, html: markdownToHtml(block.md), lang: '', commands: [] };
  if (block.type === 'list') return { isCode: false, html: listToHtml(block.list), lang: '', commands: [] };
  const commands =
    block.commands.length > 0
      ? block.commands.map((c) => ({ title: c.title ?? '', code: c.lines.join('\n') }))
      : [{ title: '', code: block.code }];
  return { isCode: true, html: '', lang: block.lang ?? '', commands };
}

/** Views of groups, with ids unique within the page (`prefix-title`). */
export function groupViews(groups: Group[], prefix: string): GroupView[] {
  const seen = new Set<string>();
  return groups.map((g) => ({
    title: g.title,
    id: uniqueId(`${prefix}-${anchor(g.title)}`, seen),
    qualifierHtml: g.qualifier ? inlineToHtml(g.qualifier) : '',
    planned: g.planned,
    blocks: g.blocks.map(blockView),
  }));
}
