/**
 * Section recognition and dispatch: an H2 title (emoji, `**` and punctuation stripped,
 * case-insensitive) names a section; each known section has one extractor.
 */
import type { SectionId } from '../../model/schema.js';
import { normalizeTitle } from '../mdast.js';
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

/** Canonical titles, as DESIGN.md lists them. */
export const SECTION_TITLES: Record<SectionId, string> = {
  overview: 'System Overview',
  inventory: 'Container Inventory',
  routing: 'Domain Routing',
  directory: 'Directory Structure',
  database: 'Database Schema',
  api: 'API Endpoints',
  secrets: 'Secrets Management',
  deployment: 'Deployment Process',
  backup: 'Backup & Restore',
  monitoring: 'Monitoring & Health',
  mcp: 'MCP Integration',
  maintenance: 'Maintenance Commands',
  requirements: 'System Requirements',
  regions: 'Multi-Country Deployment',
  changelog: 'Change Log',
  pending: 'Pending Tasks',
  support: 'Support',
};

const byTitle = new Map<string, SectionId>(
  (Object.entries(SECTION_TITLES) as [SectionId, string][]).map(([id, title]) => [normalizeTitle(title), id]),
);
byTitle.set('changelog', 'changelog');

/** The section id of an H2 heading text, or null when it is not a known section. */
export function sectionIdOf(heading: string): SectionId | null {
  return byTitle.get(normalizeTitle(heading)) ?? null;
}

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
