import { it } from 'vitest';
import { loadSpecs } from '../../src/load/index.js';
import { loadConfig } from '../../src/config.js';
import { generate } from '../../src/pipeline/build.js';
it('one', async () => {
  const repo = process.env.R!;
  const loaded = await loadSpecs({ cwd: repo });
  console.log(generate(loaded, await loadConfig(repo), { only: ['caddyfile'] })[0]!.contents);
});
