import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { it } from 'vitest';
import { loadSpecs } from '../../src/load/index.js';
import { loadConfig } from '../../src/config.js';
import { validate } from '../../src/rules/validate.js';
import { generate } from '../../src/pipeline/build.js';
it('corpus', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cz-'));
  for (const repo of fg.sync('/work/wt/corpus/test/fixtures/corpus/*', { onlyDirectories: true }).sort()) {
    const loaded = await loadSpecs({ cwd: repo });
    const config = await loadConfig(repo);
    const d = validate(loaded, config).diagnostics.filter((x) => x.ruleId.startsWith('routing/'));
    console.log(repo.split('/').pop(), d.map((x) => `${x.ruleId}@${x.line}`).join(' '));
    const files = generate(loaded, config, { only: ['caddyfile', 'regions'] }).filter((f) => f.path.endsWith('Caddyfile'));
    for (const f of files) {
      const p = join(dir, repo.split('/').pop()! + f.path.replace(/\W/g, '_'));
      writeFileSync(p, f.contents);
      try { execFileSync('caddy', ['adapt', '--validate', '--adapter', 'caddyfile', '--config', p], { stdio: 'pipe' }); } catch (e) { console.log('FAIL', p, String((e as { stderr: Buffer }).stderr).slice(-300)); }
    }
  }
}, 300_000);
