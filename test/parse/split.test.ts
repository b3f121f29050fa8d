/**
 * Sections start at every H2 CommonMark reads, ATX (`## Title`) or setext (`Title` over `---`),
 * and nowhere else: the splitter's chunks are compared with remark's top-level H2 headings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSpecs } from '../../src/load/index.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { splitSections } from '../../src/parse/split.js';

/** Lines where the splitter starts a section. */
const splitLines = (text: string) => splitSections('specs/os.md', text).filter((c) => c.heading !== undefined).map((c) => c.line);
/** Lines where remark reads a top-level H2. */
const h2Lines = (text: string) =>
  parseMarkdown(text)
    .children.filter((n) => n.type === 'heading' && n.depth === 2)
    .map((n) => n.position!.start.line);

describe('splitting at H2 headings', () => {
  it.each([
    ['an ATX heading', 'intro\n\n## A\n\ntext\n'],
    ['a setext heading', 'Container Inventory\n-------------------\n\ntext\n'],
    ['a setext heading of two lines', 'x\n\nFoo\nBar\n  ---  \n'],
    ['a setext heading after an ATX H3', '### Foo\nBar\n---\n'],
    ['a setext heading over a lone pipe row', '| a |\n---\n'],
    ['a thematic break after a blank line', 'text\n\n---\n\nmore\n'],
    ['a thematic break after a table', '| a | b |\n|---|---|\n| 1 | 2 |\n---\n'],
    ['a thematic break after a list item', '- foo\nbar\n---\n'],
    ['a thematic break after a block quote', '> q\n---\n'],
    ['a thematic break after an HTML comment', '<!-- c -->\n---\n'],
    ['a thematic break after a multi-line HTML comment', '<!--\nc\n-->\n---\n'],
    ['a spaced thematic break', 'x\n- - -\n'],
    ['a thematic break after a fence', '```\nx\n```\n---\n'],
    ['a thematic break after indented code', '    code\n---\n'],
    ['a setext H1', 'Title\n=====\n\n## A\n'],
    ['`---` inside fenced code', '```\nx\n---\n```\n'],
  ])('%s', (_name, text) => {
    expect(splitLines(text)).toEqual(h2Lines(text));
  });

  // Indented lines are left out: after a list item and a blank line they continue the item, which
  // a line scanner does not follow (a `##` or a setext heading there still starts a section).
  it('agrees with remark on documents built from spec fragments', () => {
    const fragments = ['Title\n', 'Foo bar\n', '---\n', '===\n', '- - -\n', '***\n', '\n', '- item\n', '1. item\n', '> quote\n', '| a | b |\n', '|---|---|\n', '```\n', '## H\n', '### H3\n', '<!-- c\n', '-->\n', '<!-- c -->\n', '**K:** v  \n', '  - nested\n', 'a | b\n', '<div>\n', '<b>x</b>\n', '   ---\n', '~~~\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(splitLines(text)).toEqual(h2Lines(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a setext H2 as its section and a setext H1 as the title', () => {
    const { model, issues } = extractSpecs([
      { file: 'specs/os.md', text: 'Paste - Tiny paste\n==================\n**Version:** 0.3.1\n\nContainer Inventory\n-------------------\n\n| Container | Image |\n|---|---|\n| paste | `paste:0.3.1` |\n' },
    ]);
    expect(issues).toEqual([]);
    expect(model.header).toMatchObject({ name: 'Paste', title: 'Tiny paste', version: '0.3.1' });
    expect(model.sections).toMatchObject([{ id: 'inventory', heading: 'Container Inventory', pos: { line: 5, column: 1, endLine: 6 } }]);
    expect(model.inventory!.tiers[0]!.containers.map((c) => c.name)).toEqual(['paste']);
  });
});
