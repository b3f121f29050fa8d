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

/**
 * The words of each column's headers (normalised), in the languages specs are written in. A header
 * that is exactly one of them (or `Port(s)`, `Puerto(s)`, `Porta(s)`) names its column; a header
 * that contains them is matched by `columnCandidates`.
 */
const COLUMN_WORDS: Record<Field, readonly string[]> = {
  name: ['container', 'containers', 'name', 'service', 'services', 'contenedor', 'servicio', 'nombre', 'contentor', 'conteiner', 'servico', 'nome', 'conteneur', 'nom', 'dienst', 'servizio'],
  image: ['image', 'images', 'imagen', 'imagem', 'immagine'],
  ports: ['port', 'ports', 'puerto', 'puertos', 'porta', 'portas', 'porte', 'porti'],
  purpose: ['purpose', 'description', 'role', 'proposito', 'descripcion', 'funcion', 'descricao', 'funcao', 'finalidade', 'fonction', 'objectif', 'zweck', 'beschreibung', 'scopo'],
  status: ['status', 'state', 'estado', 'estatus', 'situacao', 'etat', 'statut', 'zustand', 'stato'],
};

const fieldOfWord = new Map<string, Field>(
  (Object.entries(COLUMN_WORDS) as [Field, readonly string[]][]).flatMap(([field, words]) => words.map((w) => [w, field] as const)),
);
for (const plural of ['port s', 'puerto s', 'porta s']) fieldOfWord.set(plural, 'ports');

/** Words that join a head noun to its complement (`Descripción del servicio`, `Scopo del servizio`). */
const LINKS = new Set(['of', 'de', 'del', 'da', 'do', 'das', 'dos', 'des', 'du', 'di', 'della', 'dello', 'dei', 'degli', 'delle', 'von', 'vom', 'der']);

/** How well a header names a column: its exact name, its head noun, or another of its words. */
export type ColumnMatch = { field: Field; strength: 3 | 2 | 1 };

/**
 * The columns a header may hold, best first. A header that is exactly a column's name holds that
 * column. Otherwise its words decide: a word of the Container column (`Service`, `Servizio`) is a
 * qualifier when the header also has another column's word (`Service Status`, `Scopo del
 * servizio`), and among the rest the head noun wins: the last word (`Image Status`), or the last
 * before `of`/`de`/`del`/`di`/`von`… (`Estado de la imagen`). The other columns named stay as
 * weaker candidates.
 */
export function columnCandidates(header: string): ColumnMatch[] {
  const t = normalizeTitle(header);
  const exact = fieldOfWord.get(t);
  if (exact) return [{ field: exact, strength: 3 }];
  const words = t.split(' ');
  const link = words.findIndex((w, i) => i > 0 && LINKS.has(w));
  const found: { field: Field; at: number; head: boolean }[] = [];
  words.forEach((w, at) => {
    const field = fieldOfWord.get(w);
    if (field) found.push({ field, at, head: link < 0 || at < link });
  });
  if (found.length === 0) return [];
  const rank = (f: { field: Field; at: number; head: boolean }) => (f.field === 'name' ? 0 : 2) + (f.head ? 1 : 0);
  const ordered = [...found].sort((a, b) => rank(b) - rank(a) || b.at - a.at);
  const out: ColumnMatch[] = [];
  for (const f of ordered) if (!out.some((m) => m.field === f.field)) out.push({ field: f.field, strength: out.length === 0 ? 2 : 1 });
  return out;
}

/** The field a table header holds on its own, or undefined for an extra column. */
export function columnField(header: string): Field | undefined {
  return columnCandidates(header)[0]?.field;
}

/**
 * The field of each header of one table, each field given at most once: exact names first, then
 * head nouns, then other words, leftmost first at equal strength. So `| Service | Service
 * Description |` is Container and Purpose, and of `| Container | Service |` the second is an extra
 * column.
 */
export function columnFields(headers: readonly string[]): (Field | undefined)[] {
  const offers = headers.flatMap((h, i) => columnCandidates(h).map((m) => ({ ...m, i })));
  offers.sort((a, b) => b.strength - a.strength || a.i - b.i);
  const fields: (Field | undefined)[] = headers.map(() => undefined);
  const taken = new Set<Field>();
  for (const o of offers) {
    if (fields[o.i] !== undefined || taken.has(o.field)) continue;
    fields[o.i] = o.field;
    taken.add(o.field);
  }
  return fields;
}
