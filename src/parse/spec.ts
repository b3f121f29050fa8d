/**
 * One spec file's text → model contributions: split into sections, parse each with remark,
 * dispatch to its extractor. Mojibake is noted before parsing.
 */
import type { Heading, Paragraph } from 'mdast';
import type { SpecModel } from '../model/schema.js';
import { findMojibake } from '../read/mojibake.js';
import { ChunkContext } from './context.js';
import type { ParseIssue } from '../model/diagnostics.js';
import { EXTRACTORS } from './extract/index.js';
import { extractFooter, extractPreamble, isFooter } from './extract/header.js';
import { parseMarkdown } from './markdown.js';
import { headingMd, isComment, withoutComments } from './mdast.js';
import type { Chunk } from './split.js';
import { nearSectionId, SECTION_TITLES, sectionIdOf } from '../model/sections.js';
import { extractSuppressions, isDirective } from './suppressions.js';

/** Records a chunk's suppression comments in the model. */
function noteSuppressions(found: ReturnType<typeof extractSuppressions>, model: SpecModel): void {
  if (found.length > 0) model.suppressions = [...(model.suppressions ?? []), ...found];
}

/** A model with every list empty, ready for extractors to fill. */
export function emptyModel(): SpecModel {
  return {
    files: [],
    sections: [],
    directories: [],
    databases: [],
    deployment: [],
    backup: [],
    maintenance: [],
    requirements: [],
    changelog: [],
    pending: [],
    support: [],
  };
}

/** An unknown section's body: blank lines and the `---` separator around it removed. */
function trimBody(text: string): string {
  const lines = text.split('\n');
  const blank = (l: string | undefined) => l !== undefined && (l.trim() === '' || /^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$/.test(l));
  while (blank(lines[0])) lines.shift();
  while (blank(lines.at(-1))) lines.pop();
  return lines.join('\n');
}

/** Notes a file's double-encoded text (one issue per file), before any parsing. */
export function noteMojibake(file: string, text: string, issues: ParseIssue[]): void {
  const mojibake = findMojibake(text);
  if (!mojibake) return;
  const ctx = new ChunkContext({ file, line: 1, offset: 0, text }, issues);
  const { first, count } = mojibake;
  issues.push({
    ruleId: 'encoding/mojibake',
    message: `Unexpected double-encoded text \`${first.text}\`${first.intended ? `, expected \`${first.intended}\`` : ''}${count > 1 ? ` (${count} such sequences in the file)` : ''}`,
    hint: 'the file was decoded as Windows-1252/1254 and saved again as UTF-8; re-save it from the original UTF-8 text',
    pos: ctx.range(first.offset, first.offset + first.text.length),
  });
}

/**
 * Parses one chunk (the preamble or an H2 section) and runs its extractor into `model`. The syntax
 * tree is local: it can be collected as soon as this returns.
 */
export function extractChunk(chunk: Chunk, model: SpecModel, issues: ParseIssue[]): void {
  const ctx = new ChunkContext(chunk, issues);
  const tree = parseMarkdown(chunk.text);
  if (chunk.heading === undefined) {
    noteSuppressions(extractSuppressions(tree, ctx, null), model);
    extractPreamble(tree.children.filter((n) => !isDirective(n)), ctx, model);
    return;
  }
  const [first, ...all] = tree.children;
  // Suppression comments are read here, for every section; extractors never see them (nor any other comment).
  const rest = all.filter((n) => !isComment(n));
  const heading = first as Heading;
  const title = headingMd(heading, ctx);
  let id = sectionIdOf(title);
  if (id === null) {
    // A near miss (`## Container Inventroy`) is read as the section it names, with one finding at
    // the heading, instead of a missing section and every finding that follows from it.
    const near = nearSectionId(title);
    if (near !== undefined) {
      issues.push({ ruleId: 'spec/misspelt-section', message: `Unexpected section \`${title}\`, expected \`${SECTION_TITLES[near]}\``, hint: `did you mean \`${SECTION_TITLES[near]}\`? (it is read as that section)`, pos: ctx.pos(heading)! });
      id = near;
    }
  }
  const footerAt = rest.findIndex((node) => isFooter(node, ctx));
  // `---` separators between sections carry no content.
  const body = rest.filter((node, i) => i !== footerAt && node.type !== 'thematicBreak');
  if (footerAt >= 0) extractFooter(rest[footerAt] as Paragraph, ctx, model);
  if (id === null) {
    const start = heading.position?.end.offset ?? 0;
    const end = footerAt >= 0 ? (rest[footerAt]!.position?.start.offset ?? chunk.text.length) : chunk.text.length;
    model.sections.push({ id, heading: title, body: trimBody(chunk.text.slice(start, end)), pos: ctx.pos(heading) });
    return;
  }
  model.sections.push({ id, heading: title, pos: ctx.pos(heading) });
  noteSuppressions(extractSuppressions(tree, ctx, title), model);
  // HTML comments render as nothing: no extractor sees one (directives were read just above).
  EXTRACTORS[id]({ heading, nodes: withoutComments(body), ctx, model });
}
