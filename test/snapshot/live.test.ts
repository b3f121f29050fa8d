import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/load/index.js';
import { applyLive } from '../../src/snapshot/live.js';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('--live status filling', () => {
  it('marks measured containers running or stopped and records every check', async () => {
    const { model } = await loadSpecs({ cwd: ROOT });
    const report = {
      checks: [
        { kind: 'tcp', target: 'redis:6379', ok: false, detail: 'refused', result: 'fail' },
        { kind: 'tcp', target: 'vault:8200', ok: true, detail: 'open', result: 'pass' },
        { kind: 'tcp', target: 'odoo:8069', ok: false, detail: 'skipped', result: 'skip' },
      ],
      summary: { passed: 1, failed: 1, skipped: 1 },
    };
    const { model: live, record } = applyLive(model, report, '2025-11-23T10:00:00.000Z');
    const status = (name: string) => live.inventory!.tiers.flatMap((t) => t.containers).find((c) => c.name === name)!.status;
    expect([status('redis'), status('vault'), status('odoo'), status('postgres')]).toEqual(['stopped', 'running', 'running', 'running']);
    expect(record.statusChanges).toEqual([
      { container: 'redis', from: 'running', to: 'stopped' },
      { container: 'vault', from: 'planned', to: 'running' },
    ]);
    expect(record.measuredAt).toBe('2025-11-23T10:00:00.000Z');
    expect(record.checks).toHaveLength(3);
    // The input model is left alone.
    expect(model.inventory!.tiers[0]!.containers.find((c) => c.name === 'redis')!.status).toBe('running');
  });
});
