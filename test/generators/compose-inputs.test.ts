/**
 * Regional compose files reuse the production body when `composeInputs` says nothing the compose
 * document reads has changed: the reused text must be what a fresh build of the regional document
 * gives, and a change that does reach the document (the API healthcheck) must not be served stale.
 */
import { describe, expect, it } from 'vitest';
import { composeDocument, renderCompose } from '../../generators/compose.js';
import { baseDomain, rebaseModel } from '../../generators/lib/rebase.js';
import { toYaml } from '../../generators/lib/yaml.js';
import { regionalDomains } from '../../generators/regions.js';
import type { SpecModel } from '../../src/model/schema.js';
import { loadSpecs } from '../../src/load/index.js';
import { CASES } from './helpers.js';

/** The compose file built from scratch (no reuse: the comment path never shares a body). */
function fresh(model: SpecModel, lock: Parameters<typeof renderCompose>[1], tier: Parameters<typeof renderCompose>[2]): string {
  return toYaml(composeDocument(model, lock, tier), '');
}

describe('regional compose reuse', () => {
  for (const [name, cwd] of Object.entries(CASES)) {
    it(`gives the freshly built document for every region of ${name}`, async () => {
      const { model, lock } = await loadSpecs({ cwd });
      const tier = model.inventory?.tiers.find((t) => t.id === 'production');
      const base = baseDomain(model);
      if (!tier || !base) return;
      renderCompose(model, lock, tier);
      const domains = regionalDomains(model).filter((d) => d !== base);
      for (const domain of [...domains, 'example.org']) {
        const regional = rebaseModel(model, base, domain);
        expect(renderCompose(regional, lock, tier).endsWith(fresh(regional, lock, tier))).toBe(true);
      }
    });
  }

  it('does not reuse a body when the API healthcheck changes', async () => {
    const { model, lock } = await loadSpecs({ cwd: CASES.seed! });
    const tier = model.inventory!.tiers.find((t) => t.id === 'production')!;
    const before = renderCompose(model, lock, tier);
    const moved: SpecModel = {
      ...model,
      monitoring: model.monitoring && { ...model.monitoring, healthUrls: model.monitoring.healthUrls.map((u) => ({ ...u, url: u.url.replace('/health', '/healthz') })) },
    };
    const after = renderCompose(moved, lock, tier);
    expect(after).toContain('/healthz');
    expect(after).not.toBe(before);
    expect(after.endsWith(fresh(moved, lock, tier))).toBe(true);
  });
});
