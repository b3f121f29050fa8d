import { describe, expect, it } from 'vitest';
import { inlineToHtml, listToHtml, markdownToHtml } from '../../src/docs-site/markdown.js';

describe('docs-site markdown', () => {
  it('renders inline Markdown without a wrapping paragraph', () => {
    expect(inlineToHtml('**SmarterOS** runs `x<y>`')).toBe('<strong>SmarterOS</strong> runs <code>x&#x3C;y></code>');
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = markdownToHtml('<div onclick="x">hi</div>\n\npara <script>alert(1)</script>');
    expect(html).not.toMatch(/<div|<script/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('renders nested model lists', () => {
    const html = listToHtml({ ordered: true, start: 2, items: [{ md: '**A:**', children: { ordered: false, items: [{ md: '`x`' }] } }, { md: 'b' }] });
    expect(html).toContain('<ol start="2">');
    expect(html).toMatch(/<li>\s*<strong>A:<\/strong>\s*<ul>\s*<li><code>x<\/code><\/li>/);
  });
});

describe('tables in prose', () => {
  it('wraps every table in a focusable scroll box, as the templates do', () => {
    const html = markdownToHtml('| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(html).toMatch(/^<div class="scroll" tabindex="0" role="region" aria-label="Table \(scrolls sideways\)"><table>/);
    expect(html).toMatch(/<\/table><\/div>$/);
  });
});
