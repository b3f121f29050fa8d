/**
 * Bolt Lab's own pipeline, stage by stage, in one process (the figures of the table):
 * `node bench/lib/stages.mjs DIR [--watch | --watch-only]` prints one JSON line per stage, then a final line
 * { stages: {name: ms}, maxRssMb, watch? }.
 * Imports the compiled code from dist/; a stage whose module has not landed yet is reported absent.
 * The parse column parses every chunk once on its own (trees dropped) to attribute time; the
 * extract column is the cached-extraction pass minus that parse time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const dist = resolve(import.meta.dirname, '../../dist');
const dir = resolve(process.argv[2]);
const withWatch = process.argv.includes('--watch');
const onlyWatch = process.argv.includes('--watch-only');
const optional = async (path) => import(join(dist, path)).catch(() => undefined);

const stages = {};
const time = async (name, fn) => {
  const t0 = performance.now();
  const value = await fn();
  stages[name] = performance.now() - t0;
  // One line per stage as it ends: a run stopped by the benchmark's timeout still reports the rest.
  process.stdout.write(`${JSON.stringify({ stage: name, ms: stages[name], maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  return value;
};

const load = await import(join(dist, 'src/load/index.js'));
const { splitSections } = await import(join(dist, 'src/parse/split.js'));
const { parseMarkdown } = await import(join(dist, 'src/parse/markdown.js'));
const { loadConfig } = await import(join(dist, 'src/config.js'));
const config = await loadConfig(dir);
let generated;
if (!onlyWatch) await stageTimes();

async function stageTimes() {
  const files = await time('read', () => load.readSpecFiles(dir));
  await time('parse', () => {
    for (const f of files) for (const chunk of splitSections(f.file, f.text)) parseMarkdown(chunk.text);
  });
  const loaded = await time('parse+extract', () => load.loadSpecs({ cwd: dir, cache: false }));
  stages.extract = Math.max(0, stages['parse+extract'] - stages.parse);
  process.stdout.write(`${JSON.stringify({ stage: 'extract', ms: stages.extract })}\n`);

  const validateMod = await optional('src/rules/validate.js');
  if (validateMod) await time('validate', () => validateMod.validate(loaded, config));
  const buildMod = await optional('src/pipeline/build.js');
  const writeMod = await optional('src/write/index.js');
  if (buildMod) generated = await time('generate', () => buildMod.generate(loaded, config));
  if (buildMod && writeMod && generated) {
    const { GENERATORS } = await import(join(dist, 'generators/index.js'));
    const outDir = join(dir, 'out');
    await time('write', async () => {
      const ids = GENERATORS.map((g) => g.id);
      const plan = await writeMod.planOutputs(outDir, generated, ids, ids);
      await writeMod.applyPlan(outDir, plan, 'out');
    });
  }
}


let watch;
if (withWatch || onlyWatch) {
  const { Rebuilder } = await import(join(dist, 'src/pipeline/watch.js'));
  const rebuilder = new Rebuilder({ cwd: dir, out: join(dir, 'out-watch') });
  const t0 = performance.now();
  const cold = await rebuilder.rebuild();
  const coldMs = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ stage: 'watch-cold', ms: coldMs, loadMs: cold.loadMs })}\n`);
  const spec = join(dir, 'specs', 'os.md');
  const text = readFileSync(spec, 'utf8');
  // A one-line edit: the purpose of one service in the middle of the inventory table.
  writeFileSync(spec, text.replace('Service svc-00999 of the', 'Service svc-00999 (edited) of the'));
  const t1 = performance.now();
  const warm = await rebuilder.rebuild();
  const warmMs = performance.now() - t1;
  process.stdout.write(`${JSON.stringify({ stage: 'watch-warm', ms: warmMs, loadMs: warm.loadMs })}\n`);
  writeFileSync(spec, text);
  watch = { coldMs, warmMs, coldLoadMs: cold.loadMs, warmLoadMs: warm.loadMs, cold: cold.summary, warm: warm.summary };
}

process.stdout.write(`${JSON.stringify({ stages, maxRssMb: process.resourceUsage().maxRSS / 1024, outputs: generated?.length ?? 0, watch })}\n`);
