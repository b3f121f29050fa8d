/**
 * Container Inventory: an H3 per tier, each a GFM table whose columns are found by header name
 * (Container, Image, Port(s), Purpose, Status; any order; extra columns kept).
 */
import type { Table, TableCell } from 'mdast';
import type { Container, PortMapping, Pos, Tier } from '../../model/schema.js';
import { isContainerName, parseImage, parsePortChecked, readStatus, type StatusReading } from '../../model/values.js';
import type { ChunkContext } from '../context.js';
import { groupByH3, plain, qualifierOf } from '../mdast.js';
import type { Extractor } from './types.js';
import { columnFields, type Field, normalizeTitle, slug } from '../../model/sections.js';

/** The tier id of an H3 title: production, staging, lab (in several languages), or else its slug. */
export function tierId(title: string): string {
  const t = ` ${normalizeTitle(title)} `;
  // Staging first: "pre-production" must not read as production.
  if (STAGING.test(t)) return 'staging';
  if (PRODUCTION.test(t)) return 'production';
  if (LAB.test(t)) return 'lab';
  return slug(title) || 'default';
}

/** Words that name a tier, in the languages specs are written in (after `normalizeTitle`). */
const STAGING = / (?:staging|stage|pre ?prod|pre ?production|preproduccion|pre ?produktion|homologacion|homologacao|recette|uat) /;
const PRODUCTION = / (?:production|prod|produktion|produccion|producao|produzione|productie|produkcja) /;
const LAB = / (?:lab|labs|laboratorio|labor|development|dev|desarrollo|entwicklung|desenvolvimento|developpement|sviluppo|sandbox) /;

/** Source range of a cell's content (inside the pipes, trimmed). */
function cellRange(cell: TableCell, ctx: ChunkContext): { pos: Pos | undefined; start: number; src: string } {
  const first = cell.children[0];
  const last = cell.children.at(-1);
  if (!first?.position || !last?.position) return { pos: ctx.pos(cell), start: ctx.offset(cell), src: '' };
  const raw = ctx.chunk.text.slice(first.position.start.offset!, last.position.end.offset!);
  // Text nodes in GFM cells can start at the padding after the pipe.
  const start = first.position.start.offset! + (raw.length - raw.trimStart().length);
  const src = raw.trim();
  return { pos: ctx.range(start, start + src.length), start, src };
}

/**
 * A cell's inline Markdown, lifted out of its table: GFM reads `\|` in a cell (in code spans too)
 * as a pipe before any inline parsing, so the model holds `|`; the os.md renderer escapes it again.
 */
function cellMd(cell: TableCell, ctx: ChunkContext): string {
  return cellRange(cell, ctx).src.replace(/\\\|/g, '|');
}

/** The cell's port mappings; a token it cannot read is reported at its own text and left out, never the row. */
function readPorts(cell: TableCell, ctx: ChunkContext): PortMapping[] {
  const text = plain(cell).trim();
  if (text === '' || /^[-–—]$/.test(text) || /^none$/i.test(text)) return [];
  const { start, src } = cellRange(cell, ctx);
  const ports: PortMapping[] = [];
  let cursor = 0;
  for (const raw of text.split(',')) {
    const token = raw.trim();
    const parsed = parsePortChecked(token);
    const at = src.indexOf(token, cursor);
    const pos = at >= 0 ? ctx.range(start + at, start + at + token.length) : ctx.pos(cell);
    if (at >= 0) cursor = at + token.length;
    if (parsed === 'out-of-range') {
      ctx.unparsed(pos, `Unexpected port \`${token}\`: out of range, expected port numbers from 1 to 65535`);
      continue;
    }
    if (!parsed) {
      ctx.unparsed(pos, `Unexpected port \`${token}\`, expected \`P\`, \`H→C\`, \`H->C\` or \`H:C\` with an optional \`/udp\``);
      continue;
    }
    ports.push({ raw: token, ...parsed, pos });
  }
  return ports;
}

const STATUS_HINT = 'write one status (an emoji and/or a word of docs/spec-format.md); the row is read as running until then';

/** The message for a status cell that says no status. */
function statusMessage(text: string, reading: Exclude<StatusReading, { status: unknown }>): string {
  const expected = 'expected ✅ Running, 🟡 Planned, 🔵 Pending, 🔴 Stopped or ⚫ Deprecated';
  if (reading.problem === 'negated') return `Unexpected negated status \`${text}\` (\`${reading.word}\` is negated), ${expected}`;
  if (reading.problem === 'conflict') return `Unexpected status \`${text}\` naming several statuses (${reading.statuses.map((s) => `\`${s}\``).join(', ')}), ${expected}`;
  return `Unexpected status \`${text}\`, ${expected} (read as running until then)`;
}

function readTable(table: Table, tier: Tier, ctx: ChunkContext): void {
  const [head, ...rows] = table.children;
  if (!head) return;
  const headers = head.children.map((c) => plain(c).trim());
  tier.columns = headers;
  const field = new Map<number, Field>();
  columnFields(headers).forEach((f, i) => {
    if (f) field.set(i, f);
  });
  const has = new Set(field.values());
  if (!has.has('name') || !has.has('image')) {
    ctx.unparsed(head, 'Unexpected inventory table header, expected at least `Container` and `Image` columns');
    return;
  }
  for (const row of rows) {
    const cells = new Map<Field, TableCell>();
    const extra: Record<string, string> = {};
    row.children.forEach((cell, i) => {
      const f = field.get(i);
      if (f) cells.set(f, cell);
      else if (headers[i] !== undefined) {
        // An empty cell reads as a missing one, which the canonical table writes as an empty cell.
        const md = cellMd(cell, ctx);
        if (md !== '') extra[headers[i]!] = md;
      }
    });
    const nameCell = cells.get('name');
    const name = nameCell ? plain(nameCell).trim() : '';
    if (!isContainerName(name)) {
      ctx.unparsed(nameCell ? cellRange(nameCell, ctx).pos : ctx.pos(row), `Unexpected container name \`${name}\`, expected letters, digits, \`_\`, \`.\` or \`-\``);
      continue;
    }
    const imageCell = cells.get('image')!;
    const imageText = imageCell ? plain(imageCell).trim() : '';
    const image = parseImage(imageText);
    const imagePos = imageCell ? cellRange(imageCell, ctx).pos : ctx.pos(row);
    if (image.kind === 'invalid') {
      // The row stays (a container is never dropped for one cell); its image reads as free text.
      ctx.unparsed(imagePos, `Unexpected image \`${imageText}\`: ${image.reason}; expected \`name[:tag][@sha256:…]\` or \`Custom (…)\``);
    }
    const portsCell = cells.get('ports');
    const ports = portsCell ? readPorts(portsCell, ctx) : [];
    const statusCell = cells.get('status');
    const statusText = statusCell ? plain(statusCell).trim() : '';
    const reading = statusCell ? readStatus(statusText) : { status: 'running' as const };
    const status = 'status' in reading ? reading.status : 'running';
    if (!('status' in reading)) ctx.unparsed(cellRange(statusCell!, ctx).pos, statusMessage(statusText, reading), STATUS_HINT);
    const container: Container = {
      name,
      namePos: nameCell && cellRange(nameCell, ctx).pos,
      image: { raw: imageText, pos: imagePos, ...(image.kind === 'invalid' ? { custom: imageText } : image.kind === 'custom' ? { custom: image.custom } : { name: image.name, ...(image.tag !== undefined ? { tag: image.tag } : {}), ...(image.digest !== undefined ? { digest: image.digest } : {}) }) },
      ports,
      portsPos: portsCell && cellRange(portsCell, ctx).pos,
      purpose: cells.get('purpose') ? cellMd(cells.get('purpose')!, ctx) : '',
      status,
      statusPos: statusCell && cellRange(statusCell, ctx).pos,
      tier: tier.id,
      extra,
      pos: ctx.pos(row),
    };
    tier.containers.push(container);
  }
}

export const extractInventory: Extractor = ({ heading, nodes, ctx, model }) => {
  const inventory = (model.inventory ??= { tiers: [], pos: ctx.pos(heading) });
  for (const group of groupByH3(nodes, ctx)) {
    const id = group.heading ? tierId(group.title) : 'production';
    const tier: Tier = { id, title: group.title || 'Production Services', ...qualifierOf(group), columns: [], containers: [], pos: ctx.pos(group.heading) };
    for (const node of group.nodes) {
      if (node.type === 'table') readTable(node, tier, ctx);
      else ctx.unparsed(node, `Unexpected \`${node.type}\` in Container Inventory, expected a table per tier`);
    }
    inventory.tiers.push(tier);
  }
};
