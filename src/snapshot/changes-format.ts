/**
 * `bolt changes` output: a readable grouped list (pretty), changelog-ready Markdown bullets, or
 * the JSON object of `diffStates`. Pretty and Markdown end with the summary line
 * (`+2 services, ~1 route, -1 endpoint`); in Markdown it is a bullet too, so the output can be
 * pasted under a Change Log entry (a paragraph there would not parse).
 */
import pc from 'picocolors';
import { type Changes, isEmpty } from './diff.js';

/** One change as a sentence (inline Markdown), with the group it belongs to. */
interface Line {
  group: string;
  sign: '+' | '-' | '~';
  md: string;
}

const c = (s: string) => `\`${s}\``;
const list = (xs: string[]) => xs.map(c).join(', ');
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** `Added health URLs `a`, `b`` and `Removed …` lines of an added/removed list. */
function addRemoveLines(group: string, one: string, many: string, x: { added: string[]; removed: string[] }): Line[] {
  const out: Line[] = [];
  if (x.added.length > 0) out.push({ group, sign: '+', md: `Added ${plural(x.added.length, one, many)} ${list(x.added)}` });
  if (x.removed.length > 0) out.push({ group, sign: '-', md: `Removed ${plural(x.removed.length, one, many)} ${list(x.removed)}` });
  return out;
}

function lines(ch: Changes): Line[] {
  const out: Line[] = [];
  for (const s of ch.services.added) out.push({ group: 'services', sign: '+', md: `Added service ${c(s.name)} (${c(s.image)})` });
  for (const s of ch.services.removed) out.push({ group: 'services', sign: '-', md: `Removed service ${c(s)}` });
  for (const x of ch.images) out.push({ group: 'images', sign: '~', md: `${c(x.name)} image ${c(x.from)} → ${c(x.to)}` });
  for (const x of ch.lock) out.push({ group: 'versions.lock', sign: '~', md: `${c(x.name)} pinned ${c(x.from)} → ${c(x.to)}` });
  for (const x of ch.lockPins.added) out.push({ group: 'versions.lock', sign: '+', md: `Pinned ${c(x.name)} to ${c(x.pin)}` });
  for (const x of ch.lockPins.removed) out.push({ group: 'versions.lock', sign: '-', md: `Removed the pin of ${c(x)}` });
  for (const x of ch.ports) out.push({ group: 'ports', sign: '~', md: `${c(x.name)} ports ${c(x.from)} → ${c(x.to)}` });
  for (const x of ch.status) out.push({ group: 'status', sign: '~', md: `${c(x.name)} ${x.from} → ${x.to}` });
  for (const r of ch.routes.added) out.push({ group: 'routes', sign: '+', md: `Added route ${c(r.host)} → ${c(r.target)}` });
  for (const r of ch.routes.removed) out.push({ group: 'routes', sign: '-', md: `Removed route ${c(r)}` });
  for (const r of ch.routes.changed) out.push({ group: 'routes', sign: '~', md: `Route ${c(r.name)} now goes to ${c(r.to)} (was ${c(r.from)})` });
  out.push(...addRemoveLines('endpoints', 'API endpoint', 'API endpoints', ch.endpoints));
  if (ch.tools.added.length > 0) out.push({ group: 'tools', sign: '+', md: `Added MCP ${ch.tools.added.length === 1 ? 'tool' : 'tools'} ${list(ch.tools.added)}` });
  if (ch.tools.removed.length > 0) out.push({ group: 'tools', sign: '-', md: `Removed MCP ${ch.tools.removed.length === 1 ? 'tool' : 'tools'} ${list(ch.tools.removed)}` });
  if (ch.secrets.added.length > 0) out.push({ group: 'secrets', sign: '+', md: `Added secret ${ch.secrets.added.length === 1 ? 'key' : 'keys'} ${list(ch.secrets.added)}` });
  if (ch.secrets.removed.length > 0) out.push({ group: 'secrets', sign: '-', md: `Removed secret ${ch.secrets.removed.length === 1 ? 'key' : 'keys'} ${list(ch.secrets.removed)}` });
  out.push(...addRemoveLines('health URLs', 'health URL', 'health URLs', ch.healthUrls));
  out.push(...addRemoveLines('regions', 'region', 'regions', ch.regions));
  for (const x of ch.requirements.added) out.push({ group: 'requirements', sign: '+', md: `Added requirement ${c(x.name)}: ${c(x.value)}` });
  for (const x of ch.requirements.removed) out.push({ group: 'requirements', sign: '-', md: `Removed requirement ${c(x)}` });
  for (const x of ch.requirements.changed) out.push({ group: 'requirements', sign: '~', md: `Requirement ${c(x.name)} ${c(x.from)} → ${c(x.to)}` });
  return out;
}

const side = (s: Changes['from']) => `${s.label}${s.version && s.version !== s.label ? ` (v${s.version})` : ''}`;

/** Changelog-ready Markdown: one bullet per change. */
export function formatMarkdown(ch: Changes): string {
  const ls = lines(ch);
  return ls.length === 0 ? `- No changes from ${side(ch.from)}\n` : `${[...ls.map((l) => `- ${l.md}`), `- Summary: ${ch.summary.line}`].join('\n')}\n`;
}

/** A readable list grouped by kind, coloured when `color`. */
export function formatPretty(ch: Changes, color: boolean): string {
  const p = pc.createColors(color);
  const head = `Changes from ${side(ch.from)} to ${side(ch.to)}`;
  if (isEmpty(ch)) return `${head}: none\n`;
  const out = [p.bold(head)];
  let group = '';
  for (const l of lines(ch)) {
    if (l.group !== group) out.push(`  ${p.dim(l.group)}`);
    group = l.group;
    const sign = l.sign === '+' ? p.green('+') : l.sign === '-' ? p.red('-') : p.yellow('~');
    out.push(`    ${sign} ${l.md.replace(/`/g, '')}`);
  }
  const signs = ch.summary.line.replace(/(^|, )([+~-])/g, (_, sep: string, s: string) => `${sep}${s === '+' ? p.green(s) : s === '-' ? p.red(s) : p.yellow(s)}`);
  out.push('', `${p.bold('Summary:')} ${signs}`);
  return `${out.join('\n')}\n`;
}

/** The JSON object, sorted as `diffStates` builds it. */
export function formatJson(ch: Changes): string {
  return `${JSON.stringify(ch, null, 2)}\n`;
}
