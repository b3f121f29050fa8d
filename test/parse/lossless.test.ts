import { describe, expect, it } from 'vitest';
import { renderInventory } from '../../generators/os-md/render-infra.js';
import { extractSpecs } from '../../src/load/index.js';

const parse = (text: string) => extractSpecs([{ file: 'specs/os.md', text }]);

describe('extractors keep what the canonical os.md writes back', () => {
  it('records routing `#` comments with their position and the route they precede', () => {
    const { model, issues } = parse('## Domain Routing\n\n### Edge (public)\n\n```\n  # first\na.example.com → Caddy → web:80\n#\n```\n\n```\n# second block\nb.example.com → Caddy → web:80\n```\n');
    expect(issues).toEqual([]);
    const group = model.routing!.groups[0]!;
    expect(group).toMatchObject({ title: 'Edge', qualifier: 'public' });
    expect(group.comments!.map(({ text, before, pos }) => [text, before, pos?.line, pos?.column])).toEqual([
      ['first', 0, 6, 3],
      ['', 1, 8, 1],
      ['second block', 1, 12, 1],
    ]);
  });

  it('reads an escaped pipe in an inventory cell as a pipe, as GFM does, and escapes it again in the table it writes', () => {
    const { model, issues } = parse('## Container Inventory\n\n| Container | Image | Purpose | Owner |\n|---|---|---|---|\n| a | `a:1` | read \\| write `x\\|y` | ops \\| dev |\n');
    expect(issues).toEqual([]);
    expect(model.inventory!.tiers[0]!.containers[0]).toMatchObject({ purpose: 'read | write `x|y`', extra: { Owner: 'ops | dev' } });
    expect(renderInventory(model)).toContain('| `a` | `a:1` | read \\| write `x\\|y` | ops \\| dev |');
  });

  it('counts overview paragraphs per section, so a second Overview section starts again', () => {
    const { model } = parse('## System Overview\n\nOne.\n\n- **A** a\n\nTwo.\n\n## System Overview\n\n- **B** b\n');
    expect(model.overview).toMatchObject({ intro: ['One.', 'Two.'], stack: [{ name: 'A', paragraphsBefore: 1 }, { name: 'B', paragraphsBefore: 0 }] });
  });

  it('keeps a `(Planned)` qualifier as written next to the planned flag', () => {
    const { model } = parse('## Monitoring & Health\n\n### Observability Stack (Planned)\n\n- **Grafana** - dashboards\n');
    expect(model.monitoring!.observability).toMatchObject({ qualifier: 'Planned', planned: true });
  });

  it('keeps the API host and changelog date readings of a qualifier', () => {
    const { model } = parse('## API Endpoints\n\n### Unified API (`api.example.com`)\n\n**Version:** 1.0.0\n\n## Change Log\n\n### v1.0.0 (2025-11-23)\n\n- first\n');
    expect(model.api).toMatchObject({ title: 'Unified API', host: 'api.example.com' });
    expect(model.changelog[0]).toMatchObject({ version: '1.0.0', date: '2025-11-23' });
  });
});
