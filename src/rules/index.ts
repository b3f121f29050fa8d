/**
 * The rule registry, sorted by id. A meta-test keeps it in step with the rule files
 * (`src/rules/<group>/<name>.ts`), the docs (docs/rules.md) and the fixture tests (test/rules/).
 */
import { toolCountMismatch } from './api/tool-count-mismatch.js';
import { duplicateEndpoint } from './api/duplicate-endpoint.js';
import { toolNameCollision } from './api/tool-name-collision.js';
import { toolNameInvalid } from './api/tool-name-invalid.js';
import { addedEnv } from './deploy/added-env.js';
import { missingBuildContext } from './deploy/missing-build-context.js';
import { missingRequiredEnv } from './deploy/missing-required-env.js';
import { unbuiltImageInStack } from './deploy/unbuilt-image-in-stack.js';
import { mojibake } from './encoding/mojibake.js';
import { unroutedEndpoint } from './health/unrouted-endpoint.js';
import { duplicateService } from './inventory/duplicate-service.js';
import { hostPortConflict } from './inventory/host-port-conflict.js';
import { unpinnedImage } from './inventory/unpinned-image.js';
import { unpublishedImage } from './inventory/unpublished-image.js';
import { missingEntry } from './lock/missing-entry.js';
import { missingFile } from './lock/missing-file.js';
import { orphanEntry } from './lock/orphan-entry.js';
import { tagMismatch } from './lock/tag-mismatch.js';
import { registryMismatch } from './mcp/registry-mismatch.js';
import { unknownExampleTool } from './mcp/unknown-example-tool.js';
import { changelogOrder } from './meta/changelog-order.js';
import { dateMismatch } from './meta/date-mismatch.js';
import { versionMismatch } from './meta/version-mismatch.js';
import { accessWidened } from './routing/access-widened.js';
import { caddyfileDrift } from './routing/caddyfile-drift.js';
import { duplicateHost } from './routing/duplicate-host.js';
import { plannedTarget } from './routing/planned-target.js';
import { unknownUpstream } from './routing/unknown-upstream.js';
import { upstreamPortMismatch } from './routing/upstream-port-mismatch.js';
import { duplicateKey } from './secrets/duplicate-key.js';
import { literalValue } from './secrets/literal-value.js';
import { missingSection } from './spec/missing-section.js';
import { unknownSection } from './spec/unknown-section.js';
import { misspeltSection } from './spec/misspelt-section.js';
import { unparsed } from './spec/unparsed.js';
import { staleEntry } from './baseline/stale-entry.js';
import { missingReason } from './suppress/missing-reason.js';
import { unknownRule } from './suppress/unknown-rule.js';
import { unused } from './suppress/unused.js';
import type { Rule } from './types.js';

/** Every rule, sorted by id. */
export const RULES: readonly Rule[] = [
  duplicateEndpoint,
  toolCountMismatch,
  toolNameCollision,
  toolNameInvalid,
  staleEntry,
  addedEnv,
  missingBuildContext,
  missingRequiredEnv,
  unbuiltImageInStack,
  mojibake,
  unroutedEndpoint,
  duplicateService,
  hostPortConflict,
  unpinnedImage,
  unpublishedImage,
  missingEntry,
  missingFile,
  orphanEntry,
  tagMismatch,
  registryMismatch,
  unknownExampleTool,
  changelogOrder,
  dateMismatch,
  versionMismatch,
  accessWidened,
  caddyfileDrift,
  duplicateHost,
  plannedTarget,
  unknownUpstream,
  upstreamPortMismatch,
  duplicateKey,
  literalValue,
  missingSection,
  misspeltSection,
  unknownSection,
  unparsed,
  missingReason,
  unknownRule,
  unused,
] as Rule[];

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export type { Rule, RuleContext, RuleMessage } from './types.js';
