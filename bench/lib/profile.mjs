/**
 * Where the time goes, per generator and per rule: `node bench/lib/profile.mjs DIR` prints
 * `{ generators: {id: ms}, rules: {id: ms} }` (slowest first). Used to name quadratic work.
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const dist = resolve(import.meta.dirname, '../../dist');
const dir = resolve(process.argv[2]);
const { loadSpecs } = await import(join(dist, 'src/load/index.js'));
const { loadConfig } = await import(join(dist, 'src/config.js'));
const { createTemplates } = await import(join(dist, 'src/templates.js'));
const { GENERATORS } = await import(join(dist, 'generators/index.js'));
const config = await loadConfig(dir);
const loaded = await loadSpecs({ cwd: dir });
const sorted = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round(v)]));

const generators = {};
const templates = createTemplates(config.templates, dir);
for (const g of GENERATORS) {
  const t0 = performance.now();
  try {
    g.generate({ model: loaded.model, lock: loaded.lock, config, templates });
  } catch (error) {
    generators[`${g.id} (threw: ${error.message.slice(0, 60)})`] = 0;
  }
  generators[g.id] = performance.now() - t0;
}

const rules = {};
const { RULES } = await import(join(dist, 'src/rules/index.js'));
for (const rule of RULES) {
  const t0 = performance.now();
  let count = 0;
  rule.check({ model: loaded.model, lock: loaded.lock, issues: loaded.issues, targets: config.targets ?? ['compose'], sources: {}, report: () => count++ });
  rules[`${rule.id} (${count})`] = performance.now() - t0;
}
process.stdout.write(`${JSON.stringify({ generators: sorted(generators), rules: sorted(rules) }, null, 1)}\n`);
