/**
 * Several inventory tables of one tier deploy together: `### Production` and `### Production
 * (workers)` (docs/spec-format.md: "are all production"), or lab tables split over spec files, give
 * one compose file holding every container (before, the build stopped with "second output").
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeFiles } from '../../generators/compose.js';
import { extractSpecs } from '../../src/load/index.js';
import { deployTiers, mainTier } from '../../src/model/query.js';

const table = (title: string, rows: [string, string, string][]) => [`### ${title}`, '', '| Container | Image | Port(s) |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');

const FILES = [
  {
    file: 'specs/10-main.md',
    text: ['# R - Split', '**Version:** 1.0.0', '', '## Container Inventory', '', table('Production', [['web', '`nginx:1.27`', '8001:80']]), table('Production (workers)', [['jobs', '`redis:7.2`', '-']]), table('Development', [['nb', '`nginx:1.27`', '8888:80'], ['nb2', '`nginx:1.27`', '8889:80']])].join('\n'),
  },
  { file: 'specs/20-lab.md', text: ['## Container Inventory', '', table('Dev tools', [['mail', '`axllent/mailpit:v1.20`', '8025'], ['mail2', '`axllent/mailpit:v1.20`', '8026']])].join('\n') },
];

describe('tiers written as several tables', () => {
  const { model } = extractSpecs(FILES);

  it('are merged by tier id, in order, first title kept', () => {
    expect(model.inventory!.tiers.map((t) => t.id)).toEqual(['production', 'production', 'lab', 'lab']);
    expect(deployTiers(model).map((t) => [t.id, t.title, t.containers.map((c) => c.name)])).toEqual([
      ['production', 'Production', ['web', 'jobs']],
      ['lab', 'Development', ['nb', 'nb2', 'mail', 'mail2']],
    ]);
    expect(mainTier(model)?.containers.map((c) => c.name)).toEqual(['web', 'jobs']);
  });

  it('give one compose file per tier that docker-compose accepts, every container in it', () => {
    const files = composeFiles(model, undefined);
    expect(files.map((f) => f.path)).toEqual(['docker-compose.yml', 'docker-compose.lab.yml']);
    const services = (path: string) => Object.keys((parse(files.find((f) => f.path === path)!.contents) as { services: object }).services);
    expect(services('docker-compose.yml')).toEqual(['web', 'jobs']);
    expect(services('docker-compose.lab.yml')).toEqual(['nb', 'nb2', 'mail', 'mail2']);
    const dir = mkdtempSync(join(tmpdir(), 'bolt-tiers-'));
    try {
      for (const f of files) {
        writeFileSync(join(dir, f.path), f.contents);
        execFileSync('docker-compose', ['-f', join(dir, f.path), 'config', '-q'], { cwd: dir, stdio: 'pipe' });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
