/**
 * Value grammars shared by extractors and rules: image references, port mappings, statuses, host
 * names. Anything that reaches a generated file passes through one of these, so spec text cannot
 * smuggle a brace, a newline or a path into an output.
 */
import type { ServiceStatus } from './schema.js';

const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const imageName = new RegExp(`^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?${component}(?:/${component})*$`);
const imageTag = /^[\w][\w.-]{0,127}$/;
const digest = /^sha256:[a-f0-9]{64}$/;

/** A parsed image reference, or `custom` for free text such as `Custom (Python 3.12)`. */
export type ParsedImage =
  | { kind: 'ref'; name: string; tag?: string; digest?: string }
  | { kind: 'custom'; custom: string }
  | { kind: 'invalid'; reason: string };

/** Parses `name[:tag][@sha256:…]` or a locally built image's free text. */
export function parseImage(text: string): ParsedImage {
  const t = text.trim();
  const custom = /^custom\b\s*(?:\((.*)\))?\s*(.*)$/i.exec(t);
  if (custom) return { kind: 'custom', custom: (custom[1] ?? custom[2] ?? '').trim() || 'Custom' };
  if (/\s/.test(t)) return { kind: 'custom', custom: t };
  let rest = t;
  let dig: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    dig = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digest.test(dig)) return { kind: 'invalid', reason: `digest \`${dig}\` is not \`sha256:\` and 64 hex digits` };
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!imageTag.test(tag)) return { kind: 'invalid', reason: `tag \`${tag}\` is not a valid image tag` };
  }
  if (!imageName.test(rest)) return { kind: 'invalid', reason: `\`${rest}\` is not a valid image name` };
  return { kind: 'ref', name: rest, ...(tag !== undefined ? { tag } : {}), ...(dig !== undefined ? { digest: dig } : {}) };
}

/** A parsed port mapping. */
export interface ParsedPort {
  host: number;
  container: number;
  protocol: 'tcp' | 'udp';
}

/** `P`, `H→C`, `H->C` or `H:C`, optional `/udp` or `/tcp`; undefined when it is not one. */
export function parsePort(token: string): ParsedPort | undefined {
  const parsed = parsePortChecked(token);
  return parsed === 'out-of-range' ? undefined : parsed;
}

/** As `parsePort`, telling a well-formed mapping with a number outside 1–65535 apart from a malformed one. */
export function parsePortChecked(token: string): ParsedPort | 'out-of-range' | undefined {
  const m = /^(\d+)(?:\s*(?:→|->|:)\s*(\d+))?(?:\/(tcp|udp))?$/i.exec(token.trim());
  if (!m) return undefined;
  const host = Number(m[1]);
  const container = m[2] === undefined ? host : Number(m[2]);
  if (host < 1 || host > 65535 || container < 1 || container > 65535) return 'out-of-range';
  return { host, container, protocol: (m[3]?.toLowerCase() as 'tcp' | 'udp' | undefined) ?? 'tcp' };
}

/** Status words (accents folded, lowercase), in the languages specs are written in. */
const statusWords: Record<string, ServiceStatus> = {
  running: 'running', up: 'running', active: 'running', live: 'running', healthy: 'running', ok: 'running', online: 'running', deployed: 'running',
  activo: 'running', activa: 'running', ejecutando: 'running', funcionando: 'running', rodando: 'running', operacional: 'running', operationnel: 'running', funktioniert: 'running', operativo: 'running', aktiv: 'running', laeuft: 'running', lauft: 'running', ativo: 'running', attivo: 'running', actif: 'running',
  planned: 'planned', planificado: 'planned', planeado: 'planned', previsto: 'planned', geplant: 'planned', planejado: 'planned', pianificato: 'planned', prevu: 'planned',
  pending: 'pending', todo: 'pending', wip: 'pending', pendiente: 'pending', ausstehend: 'pending', pendente: 'pending', attente: 'pending',
  stopped: 'stopped', down: 'stopped', disabled: 'stopped', offline: 'stopped', detenido: 'stopped', parado: 'stopped', inactivo: 'stopped', gestoppt: 'stopped', inaktiv: 'stopped', arrete: 'stopped',
  deprecated: 'deprecated', retired: 'deprecated', obsoleto: 'deprecated', obsoleta: 'deprecated', veraltet: 'deprecated', obsolete: 'deprecated',
};
/** Status emoji, as docs/spec-format.md lists them; any other emoji is no status (🟠, ⚪, ⏸️ say too little). */
const statusEmoji: Record<string, ServiceStatus> = {
  '✅': 'running',
  '✔': 'running',
  '🟢': 'running',
  '🟡': 'planned',
  '🔵': 'pending',
  '⏳': 'pending',
  '🚧': 'pending',
  '🔴': 'stopped',
  '❌': 'stopped',
  '⛔': 'stopped',
  '🛑': 'stopped',
  '⚫': 'deprecated',
};
/** The canonical emoji of each status, for rendering. */
export const STATUS_EMOJI: Record<ServiceStatus, string> = {
  running: '✅',
  planned: '🟡',
  pending: '🔵',
  stopped: '🔴',
  deprecated: '⚫',
};

/**
 * Status phrases whose words alone say nothing or the opposite (`service` in `hors service`), read
 * before the single words: "in service", "online", "running" in the languages specs are written in.
 */
const statusPhrases: [RegExp, ServiceStatus][] = [
  [/\b(?:hors|fuera de|fora de|ausser|out of) (?:service|servicio|servico|betrieb)\b/, 'stopped'],
  [/\b(?:en|in|em) (?:service|servicio|servico|betrieb|production|produccion|producao|produktion)\b/, 'running'],
  [/\b(?:en|em) (?:linea|ligne|linha)\b/, 'running'],
  [/\b(?:en|em) (?:ejecucion|execucao|cours d execution)\b/, 'running'],
];

/**
 * Words that negate the status word after them (within three words): `Not running`, `Non attivo`,
 * `Nicht aktiv`, `No activo`, `Não ativo`, `Pas actif`, `isn't live`.
 */
const negations = new Set(['not', 'no', 'non', 'never', 'nicht', 'kein', 'keine', 'nie', 'pas', 'nao', 'nunca', 'isn', 'wasn', 'aren', 'don', 'doesn']);

/** What a status cell says: a status, or why it says none. */
export type StatusReading =
  | { status: ServiceStatus }
  | { problem: 'unknown' }
  | { problem: 'negated'; word: string }
  | { problem: 'conflict'; statuses: ServiceStatus[] };

/**
 * Reads a status cell (`✅ Running`, `Planned`, `🔵`, `Activo`, `✅ Aktiv`, `in Betrieb`,
 * `En línea`): a known phrase, then its known words, then the emoji. A negated word (`Not
 * running`) and words of two statuses (`Was live, now retired`) are no status: reading either as
 * one would misread the cell, so the caller reports it.
 */
export function readStatus(text: string): StatusReading {
  const folded = text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss');
  const words = folded.match(/[a-z]+/g) ?? [];
  const joined = words.join(' ');
  const negated = (before: string[]) => before.slice(-3).some((w) => negations.has(w));
  for (const [phrase, status] of statusPhrases) {
    const m = phrase.exec(joined);
    if (!m) continue;
    if (negated(joined.slice(0, m.index).split(' '))) return { problem: 'negated', word: m[0] };
    return { status };
  }
  const found = new Set<ServiceStatus>();
  for (const [i, word] of words.entries()) {
    const status = statusWords[word];
    if (!status) continue;
    if (negated(words.slice(0, i))) return { problem: 'negated', word };
    found.add(status);
  }
  if (found.size > 1) return { problem: 'conflict', statuses: [...found] };
  const [status] = found;
  if (status) return { status };
  for (const [emoji, status] of Object.entries(statusEmoji)) if (text.includes(emoji)) return { status };
  return { problem: 'unknown' };
}

/** The status of a cell, or undefined when `readStatus` reads none. */
export function parseStatus(text: string): ServiceStatus | undefined {
  const reading = readStatus(text);
  return 'status' in reading ? reading.status : undefined;
}

const label = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';
const hostname = new RegExp(`^(?:\\*\\.)?${label}(?:\\.${label})*$`);

/** A DNS name (or container name): letters, digits, hyphens and dots only; an optional leading `*.`. */
export function isHostname(text: string): boolean {
  return text.length <= 253 && hostname.test(text);
}

/** A bracketed IPv6 address, as a URL or Caddy writes one with a port (`[::1]`, `[fd00::5]`). */
export function isIpv6Literal(text: string): boolean {
  return /^\[[0-9a-fA-F]*:[0-9a-fA-F:.]*\]$/.test(text) && text.length <= 47;
}

/** A DNS domain: a host name with at least one dot and an alphabetic TLD. */
export function isDomain(text: string): boolean {
  return isHostname(text) && /\.[a-zA-Z]{2,63}$/.test(text);
}

/** A container name as Docker accepts it. */
export function isContainerName(text: string): boolean {
  return /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/.test(text);
}
