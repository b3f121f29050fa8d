/** `bolt docs [--out DIR] [--base /docs/]`: the static documentation site. */
import { resolve } from 'node:path';
import { generateDocsSite, normalizeBase, siteUrlOf } from '../../docs-site/index.js';
import { loadDocsAssets, loadReleases, siteData } from '../../docs-site/sources.js';
import { checkReplaceable, writeSite } from '../../docs-site/write.js';
import { displayPath } from '../../paths.js';
import { createTemplates } from '../../templates.js';
import { defineCommand } from '../command.js';
import { loadFromFlags, workDir } from '../common.js';
import type { CliEnv } from '../env.js';
import type { FlagTable, Parsed } from '../flags.js';

/** The flags of `bolt docs` (besides the common ones). */
const flags = {
  out: { type: 'string', value: 'DIR', description: 'output folder (default <out>/docs, <out> being `out:` of bolt.config.yaml or out)' },
  base: { type: 'string', value: 'PATH', description: 'URL prefix the site is served under (default `docs.base` of bolt.config.yaml or /)' },
  url: { type: 'string', value: 'URL', description: "the site's absolute URL, for sitemap.xml (default `docs.url`, else the host and\npath of `docs.serve`; without any, no sitemap.xml is written)" },
} as const satisfies FlagTable;

/** `bolt docs`: its flags, help and run. */
export const command = defineCommand({
  name: 'docs',
  docs: 'docs/publishing.md',
  description: `Generates the documentation site from the specs: home (overview, architecture diagram, validation
health), services (catalogue and one page per service), routing, API and MCP tools, operations,
platform (data stores, secret names), requirements, regions, changelog, pending tasks and the
validation findings, with offline search. Every release snapshot under <out>/snapshots/X.Y.Z/ gets
its own copy under releases/X.Y.Z/, reachable from the version switcher.

The output folder is replaced as a whole (written aside, then swapped in). Links are relative, so
the site works under any prefix; --base sets the prefix the 404 page links to.`,
  flags,
  examples: ['bolt docs', 'bolt docs --out out/docs --base /docs/', 'bolt docs --base /docs/ --url https://smarterbot.cl/docs/', 'npx serve out/docs'],
  run,
});

/** Runs the command. */
async function run({ values }: Parsed<typeof flags>, env: CliEnv): Promise<number> {
  const cwd = workDir(values, env);
  const { config, loaded } = await loadFromFlags(values, env);
  const templates = createTemplates(config.templates, cwd);
  const outRoot = config.out ?? 'out';
  const outDir = resolve(cwd, values.out ?? `${outRoot}/docs`);
  const base = normalizeBase(values.base ?? config.docs?.base ?? '/');
  const siteUrl = siteUrlOf(values.url, config.docs, base);
  // Fail before the (slower) generation when the folder may not be replaced; writeSite checks again.
  await checkReplaceable(cwd, outDir);
  const current = siteData(loaded, config, templates);
  const releases = await loadReleases(cwd, resolve(cwd, outRoot, 'snapshots'), config, templates);
  const version = loaded.model.header?.version;
  const files = generateDocsSite({
    current: { id: 'current', label: version ? `current (${version})` : 'current', data: current },
    releases,
    base,
    templates,
    assets: await loadDocsAssets(),
    siteUrl,
  });
  await writeSite(cwd, outDir, files);
  if (!values.quiet) {
    const pages = files.filter((f) => f.path.endsWith('.html')).length;
    const rel = releases.length > 0 ? ` (current + ${releases.map((r) => r.id).join(', ')})` : '';
    env.stdout.write(`wrote ${pages} pages${rel} to ${displayPath(cwd, outDir)}/ for ${base}\n`);
  }
  return 0;
}
