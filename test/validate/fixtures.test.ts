/** Another platform in the same format: clean (one file, and split over two) gives nothing; planted defects are all caught. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadSpecs } from '../../src/load/index.js';
import { RULES } from '../../src/rules/index.js';
import { validate } from '../../src/rules/validate.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const run = async (name: string) => validate(await loadSpecs({ cwd: `${fixtures}${name}` }), await loadConfig(`${fixtures}${name}`));

describe('the PortLine platform fixtures', () => {
  it.each(['platform-portline', 'platform-portline-split'])('%s (clean) gives no finding at all', async (name) => {
    const { diagnostics } = await run(name);
    expect(diagnostics).toEqual([]);
  });

  it('the split spec reads from two files', async () => {
    const loaded = await loadSpecs({ cwd: `${fixtures}platform-portline-split` });
    expect(loaded.model.files).toEqual(['specs/10-platform.md', 'specs/20-operations.md']);
  });

  it('the broken spec triggers every planted defect at its text', async () => {
    const { diagnostics, summary } = await run('platform-portline-broken');
    const at = (ruleId: string) => diagnostics.filter((d) => d.ruleId === ruleId).map((d) => `${d.file}:${d.line}:${d.column}`);
    expect(at('inventory/unpinned-image')).toEqual(['specs/os.md:28:39']);
    expect(at('lock/missing-entry')).toEqual(['specs/os.md:28:39']);
    expect(at('lock/tag-mismatch')).toEqual(['specs/versions.lock:7:31']);
    expect(at('lock/orphan-entry')).toEqual(['specs/versions.lock:12:3']);
    expect(at('inventory/duplicate-service')).toEqual(['specs/os.md:36:15']);
    expect(at('inventory/host-port-conflict')).toEqual(['specs/os.md:35:33']);
    expect(at('encoding/mojibake')).toEqual(['specs/os.md:36:69']);
    expect(at('routing/unknown-upstream')).toEqual(['specs/os.md:49:33']);
    expect(at('routing/upstream-port-mismatch')).toEqual(['specs/os.md:64:19']);
    // 64:19 is a wrong port: routing/upstream-port-mismatch alone reports it.
    expect(at('routing/caddyfile-drift')).toEqual(['specs/os.md:48:1', 'specs/os.md:49:1']);
    expect(at('routing/planned-target')).toEqual(['specs/os.md:48:33']);
    expect(at('routing/duplicate-host')).toEqual(['specs/os.md:50:1']);
    expect(at('spec/unparsed')).toEqual(['specs/os.md:51:1']);
    expect(at('meta/version-mismatch')).toEqual(['specs/os.md:79:14']);
    expect(at('api/duplicate-endpoint')).toEqual(['specs/os.md:84:59']);
    expect(at('api/tool-count-mismatch')).toEqual(['specs/os.md:90:1', 'specs/os.md:154:3']);
    expect(at('secrets/duplicate-key')).toEqual(['specs/os.md:102:1']);
    expect(at('secrets/literal-value')).toEqual(['specs/os.md:105:19']);
    expect(at('health/unrouted-endpoint')).toEqual(['specs/os.md:126:1']);
    expect(at('mcp/registry-mismatch')).toEqual(['specs/os.md:146:17']);
    expect(at('mcp/unknown-example-tool')).toEqual(['specs/os.md:162:25']);
    expect(at('meta/changelog-order')).toEqual(['specs/os.md:176:1']);
    expect(at('spec/unknown-section')).toEqual(['specs/os.md:181:1']);
    expect(at('meta/date-mismatch')).toEqual(['specs/os.md:187:19']);
    expect(summary).toEqual({ errors: 10, warnings: 15, infos: 1 });
  });

  // The bare spec lists no secrets at all, so its `postgres:16.2` also lacks the password it cannot start without (issue 15).
  it('the bare spec (no routing, no API, no lock) reports the missing parts', async () => {
    const { diagnostics } = await run('platform-portline-bare');
    expect(diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column}`)).toEqual(['spec/missing-section 1:1', 'spec/missing-section 1:1', 'lock/missing-file 17:1', 'deploy/missing-required-env 24:34']);
  });

  it('the tool-name spec: methods of one path are apart, a clash and a long name are found at their endpoints', async () => {
    const { diagnostics } = await run('api-tool-names');
    expect(diagnostics.filter((d) => d.ruleId.startsWith('api/')).map((d) => `${d.ruleId} ${d.line}:${d.column}`)).toEqual(['api/tool-name-collision 14:40', 'api/tool-name-invalid 14:66']);
  });

  it('the deploy-defects spec: what its images need and the spec lacks (issue 15)', async () => {
    const { diagnostics } = await run('deploy-defects');
    expect(diagnostics.filter((d) => /^(deploy|inventory)\//.test(d.ruleId)).map((d) => `${d.ruleId} ${d.line}:${d.column}`)).toEqual([
      'deploy/missing-required-env 12:10',
      'deploy/added-env 14:15',
      'inventory/unpublished-image 15:13',
      'deploy/missing-build-context 21:11',
    ]);
  });

  it('between them, the fixtures trigger every rule of the registry', async () => {
    const names = ['platform-portline-broken', 'platform-portline-bare', 'api-tool-names', 'stack-local-build', 'suppressions', 'deploy-defects'];
    const seen = new Set((await Promise.all(names.map(run))).flatMap((r) => r.diagnostics).map((d) => d.ruleId));
    // baseline/stale-entry is reported only against a baseline file (test/rules/baseline/stale-entry.test.ts).
    expect(RULES.map((r) => r.id).filter((id) => !seen.has(id) && id !== 'baseline/stale-entry')).toEqual([]);
  });
});
