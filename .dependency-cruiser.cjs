/**
 * The layering of Bolt Lab, checked by `npm test` (test/architecture/layers.test.ts) and by
 * `npm run lint:deps`. Imports point one way, down the pipeline:
 *
 *   errors, paths                         foundation
 *   read, model, templates, images        inputs as bytes, the typed model, static knowledge
 *   parse, lock, config                   Markdown → model, versions.lock, bolt.config.yaml
 *   load                                  files → parse → lock (the front of the pipeline)
 *   rules | generators | verify           checks, outputs, live probes (never each other)
 *   report | write                        diagnostics/verify reporters, the atomic writer
 *   pipeline, snapshot, docs-site, bolt-mcp, lsp, fix, baseline, index.ts   operations composed from the stages
 *   cli                                   flags → operation → report → exit code
 */
const layer = (name, path) => ({ name, path });
const FOUNDATION = '^src/(errors/|paths\\.ts)';
const BASE = '^src/(read|model|images)/|^src/templates\\.ts';
const FRONT = '^src/(parse|lock)/|^src/config\\.ts';
const LOAD = '^src/load/';
const STAGES = ['^src/rules/', '^generators/', '^src/verify/'];
const OUT = '^src/(report|write)/';
const OPS = '^src/(pipeline|snapshot|docs-site|bolt-mcp|lsp|fix|baseline)/|^src/index\\.ts';
const CLI = '^src/cli/';

const above = (...paths) => paths.join('|');
const forbidden = [
  { name: 'no-circular', severity: 'error', comment: 'An import cycle (static or dynamic).', from: {}, to: { circular: true } },
  { name: 'no-cli-from-below', severity: 'error', comment: 'Only the CLI imports the CLI.', from: { pathNot: '^src/(cli/|index\\.ts)' }, to: { path: CLI } },
  { name: 'foundation-is-a-leaf', severity: 'error', from: { path: FOUNDATION }, to: { path: above(BASE, FRONT, LOAD, ...STAGES, OUT, OPS) } },
  { name: 'base-below-parse', severity: 'error', from: { path: BASE }, to: { path: above(FRONT, LOAD, ...STAGES, OUT, OPS) } },
  { name: 'front-below-load', severity: 'error', from: { path: FRONT }, to: { path: above(LOAD, ...STAGES, OUT, OPS) } },
  { name: 'load-below-stages', severity: 'error', from: { path: LOAD }, to: { path: above(...STAGES, OUT, OPS) } },
  ...STAGES.map((stage) => ({
    name: `stage-${stage.replace(/\W/g, '')}-alone`,
    severity: 'error',
    comment: 'rules, generators and verify read the model; they do not import each other, the parser, or anything above them.',
    from: { path: stage },
    to: { path: above(...STAGES.filter((s) => s !== stage), '^src/parse/', OUT, OPS) },
  })),
  { name: 'out-below-ops', severity: 'error', from: { path: OUT }, to: { path: above('^generators/(?!types\\.ts)', '^src/verify/(?!types\\.ts)', OPS) } },
];

module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src|generators)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
