/**
 * The vocabulary of the spec format, shared by the parser (to recognise), the rules (to name) and
 * the os.md renderer (to write): canonical section titles, inventory column names, and the title
 * normalisation both directions agree on.
 */
import type { SectionId } from './schema.js';
import { closest } from './suggest.js';

/**
 * Removes emoji, `**` markers and punctuation; folds accents (`producción` → `produccion`,
 * `ß` → `ss`) and lowercases, keeping letters of every script. Used to recognise section and H3
 * titles and to make slugs, so `ó` never turns into a separator.
 */
export function normalizeTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\band\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A lowercase slug of a title (`Minimum VPS Specs` → `minimum-vps-specs`). */
export function slug(text: string): string {
  return normalizeTitle(text).replace(/ /g, '-');
}

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

/**
 * The section id of an H2 heading text, or null when it is not a known section. A title is also
 * tried with every non-ASCII character dropped, so an emoji that went through a wrong decode
 * (`ðŸ³ Container Inventory`, reported as `encoding/mojibake`) does not hide the section.
 */
export function sectionIdOf(heading: string): SectionId | null {
  return byTitle.get(normalizeTitle(heading)) ?? byTitle.get(asciiTitle(heading)) ?? null;
}

/**
 * The known section a heading is probably a misspelling of (`Container Inventroy`), by edit
 * distance over the normalised titles; undefined when none is near enough.
 */
export function nearSectionId(heading: string): SectionId | undefined {
  const near = closest(normalizeTitle(heading), byTitle.keys(), 3) ?? closest(asciiTitle(heading), byTitle.keys(), 3);
  return near === undefined ? undefined : byTitle.get(near);
}

/** `normalizeTitle` over the ASCII characters only. */
export function asciiTitle(text: string): string {
  return normalizeTitle(text.replace(/[^\x20-\x7e]+/g, ' '));
}

/** A column the inventory reads by its header. */
export type Field = 'name' | 'image' | 'ports' | 'purpose' | 'status';

/** Header names (normalised) → the field they hold; other columns are kept as extras. */
export const COLUMN_NAMES: Record<string, Field> = {
  container: 'name',
  containers: 'name',
  name: 'name',
  service: 'name',
  image: 'image',
  'port s': 'ports',
  ports: 'ports',
  port: 'ports',
  purpose: 'purpose',
  description: 'purpose',
  status: 'status',
};

/** Words that give a header its field when it is not one of `COLUMN_NAMES` (`Docker Image`, `Host Ports`, `Estado`). */
const COLUMN_WORDS: [Field, RegExp][] = [
  ['image', /\b(?:image|images|imagen|imagem|immagine)\b/],
  ['ports', /\b(?:port|ports|puerto|puertos|porta|portas|porte|porti)\b/],
  ['status', /\b(?:status|state|estado|estatus|situacao|zustand|stato|etat|statut)\b/],
  ['name', /\b(?:container|containers|service|services|contenedor|contentor|conteiner|conteneur|servicio|dienst|servico|servizio|nombre|nome|nom)\b/],
  ['purpose', /\b(?:purpose|description|role|proposito|descripcion|zweck|beschreibung|funcion|funcao|finalidade|fonction|objectif|scopo)\b/],
];

/** The field a table header holds, or undefined for an extra column. */
export function columnField(header: string): Field | undefined {
  const t = normalizeTitle(header);
  return COLUMN_NAMES[t] ?? COLUMN_WORDS.find(([, re]) => re.test(t))?.[0];
}

