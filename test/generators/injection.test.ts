/**
 * No spec text can inject syntax into an output: routing lines carrying braces or directives
 * are refused by the model, generators re-check hosts and domains, output paths are checked,
 * and literal secrets never reach .env.example.
 */
import { describe, expect, it } from 'vitest';
import { caddyfileView } from '../../generators/caddyfile/index.js';
import { regionFiles } from '../../generators/regions.js';
import { generate } from '../../src/pipeline/build.js';
import { isBoltError } from '../../src/errors/index.js';
import { extractSpecs, type LoadedSpecs } from '../../src/load/index.js';
import { createTemplates } from '../../src/templates.js';
import { outputPathProblem } from '../../src/write/paths.js';

const spec = (routing: string, regions = '', secrets = ''): LoadedSpecs => {
  const text = `# Evil - Test\n\n## Container Inventory\n\n### Production Services\n\n| Container | Image | Port(s) | Purpose | Status |\n|---|---|---|---|---|\n| \`web\` | \`nginx:1.27\` | 8080 | Web | ✅ Running |\n\n## Domain Routing\n\n### Domains\n\n\`\`\`\n${routing}\n\`\`\`\n${regions}${secrets}`;
  const { model, issues } = extractSpecs([{ file: 'specs/os.md', text }]);
  return { cwd: process.cwd(), model, issues, sources: {} };
};

describe('injection', () => {
  it('keeps braces, directives and extra words out of the Caddyfile', () => {
    const loaded = spec(
      [
        'good.example.com → Caddy → web:8080',
        'evil.example.com { respond "pwned" } → Caddy → web:8080',
        'x.example.com → Caddy → web:8080 }\nimport /etc/passwd',
        'y.example.com → Caddy → web:80{80}',
      ].join('\n'),
    );
    const caddy = generate(loaded, {}, { only: ['caddyfile'] })[0]!.contents;
    expect(caddy).not.toMatch(/respond|import|pwned|\{80\}/);
    expect(caddy.match(/^\S+ \{$/gm)).toEqual(['good.example.com {']);
    expect(loaded.issues.filter((i) => i.ruleId === 'spec/unparsed').length).toBeGreaterThanOrEqual(3);
  });

  it('re-checks hosts the model did not produce itself', () => {
    const { model } = spec('good.example.com → Caddy → web:8080');
    model.routing!.routes[0]!.host = 'a.example.com {\n\trespond hi\n}';
    expect(() => caddyfileView(model)).toThrow(/Unexpected host/);
  });

  it('never turns a regional domain into a path outside regions/', () => {
    const loaded = spec('good.example.com → Caddy → web:8080', '\n## Multi-Country Deployment\n\n### Regions\n\nCountries (`../x`, `example.de`, `a/b.example.fr`).\n');
    const paths = generate(loaded, {}, { only: ['regions'] }).map((f) => f.path);
    for (const p of paths) expect(p).toMatch(/^regions\/[a-z0-9.-]+\/[^/]+$/);
    const { model } = loaded;
    model.regions!.domains.push({ domain: '../../etc', raw: '../../etc' });
    let error: unknown;
    try {
      regionFiles({ model, lock: undefined, config: {}, templates: createTemplates() });
    } catch (e) {
      error = e;
    }
    expect(isBoltError(error) && error.message).toMatch(/Unexpected regional domain `\.\.\/\.\.\/etc`/);
  });

  it('rejects unsafe output paths', () => {
    for (const bad of ['../x', '/etc/passwd', 'a//b', 'a/./b', 'a\\b', '', 'x\n', '.bolt-manifest.json', 'C:/x']) {
      expect(outputPathProblem(bad), JSON.stringify(bad)).toBeDefined();
    }
    expect(outputPathProblem('regions/example.de/Caddyfile')).toBeUndefined();
  });

  it('keeps literal secrets out of .env.example', () => {
    const secret = 'sk_live_51HabcdefghijklmnopqrstuvWXYZ';
    const loaded = spec('good.example.com → Caddy → web:8080', '', `\n## Secrets Management\n\n### Environment Variables (\`.env.production\`)\n\n\`\`\`bash\n# Stripe\nSTRIPE_SECRET_KEY=${secret}\nDB_PASSWORD=hunter2hunter2\n# App\nGREETING=hello world\n\`\`\`\n`);
    const env = generate(loaded, {}, { only: ['env-example'] })[0]!.contents;
    expect(env).not.toContain(secret);
    expect(env).not.toContain('hunter2');
    expect(env).toContain('STRIPE_SECRET_KEY=sk_live_***');
    expect(env).toContain('DB_PASSWORD=***');
    expect(env).toContain("GREETING='hello world'");
  });
});
