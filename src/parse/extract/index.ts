/**
 * Section recognition and dispatch: an H2 title (emoji, `**` and punctuation stripped,
 * case-insensitive) names a section; each known section has one extractor.
 */
import type { SectionId } from '../../model/schema.js';
import { extractApi } from './api.js';
import { groupsInto } from './groups.js';
import { extractInventory } from './inventory.js';
import { extractMcp } from './mcp.js';
import { extractMonitoring } from './monitoring.js';
import { extractOverview } from './overview.js';
import { extractRouting } from './routing.js';
import { extractSecrets } from './secrets.js';
import { extractChangelog, extractDatabase, extractDirectory, extractPending, extractRegions, extractRequirements, extractSupport } from './simple.js';
import type { Extractor } from './types.js';

/** One extractor per known section. */
export const EXTRACTORS: Record<SectionId, Extractor> = {
  overview: extractOverview,
  inventory: extractInventory,
  routing: extractRouting,
  directory: extractDirectory,
  database: extractDatabase,
  api: extractApi,
  secrets: extractSecrets,
  deployment: groupsInto('deployment'),
  backup: groupsInto('backup'),
  monitoring: extractMonitoring,
  mcp: extractMcp,
  maintenance: groupsInto('maintenance'),
  requirements: extractRequirements,
  regions: extractRegions,
  changelog: extractChangelog,
  pending: extractPending,
  support: extractSupport,
};
