/**
 * `bolt changes` output: a readable grouped list (pretty), changelog-ready Markdown bullets, or
 * the JSON object of `diffStates`.
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

function lines(ch: Changes): Line[] {
  const out: Line[] = [];
  for (const s of ch.services.added) out.push({ group: 'services', sign: '+', md: `Added service ${c(s.name)} (${c(s.image)})` });
  for (const s of ch.services.removed) out.push({ group: 'services', sign: '-', md: `Removed service ${c(s)}` });
  for (const x of ch.images) out.push({ group: 'images', sign: '~', md: `${c(x.name)} image ${c(x.from)} → ${c(x.to)}` });
  for (const x of ch.lock) out.push({ group: 'versions.lock', sign: '~', md: `${c(x.name)} pinned ${c(x.from)} → ${c(x.to)}` });
  for (const x of ch.ports) out.push({ group: 'ports', sign: '~', md: `${c(x.name)} ports ${c(x.from)} → ${c(x.to)}` });
  for (const x of ch.status) out.push({ group: 'status', sign: '~', md: `${c(x.name)} ${x.from} → ${x.to}` });
  for (const r of ch.routes.added) out.push({ group: 'routes', sign: '+', md: `Added route ${c(r.host)} → ${c(r.target)}` });
  for (const r of ch.routes.removed) out.push({ group: 'routes', sign: '-', md: `Removed route ${c(r)}` });
  for (const r of ch.routes.changed) out.push({ group: 'routes', sign: '~', md: `Route ${c(r.name)} now goes to ${c(r.to)} (was ${c(r.from)})` });
  if (ch.tools.added.length > 0) out.push({ group: 'tools', sign: '+', md: `Added MCP ${ch.tools.added.length === 1 ? 'tool' : 'tools'} ${list(ch.tools.added)}` });
  if (ch.tools.removed.length > 0) out.push({ group: 'tools', sign: '-', md: `Removed MCP ${ch.tools.removed.length === 1 ? 'tool' : 'tools'} ${list(ch.tools.removed)}` });
  if (ch.secrets.added.length > 0) out.push({ group: 'secrets', sign: '+', md: `Added secret ${ch.secrets.added.length === 1 ? 'key' : 'keys'} ${list(ch.secrets.added)}` });
  if (ch.secrets.removed.length > 0) out.push({ group: 'secrets', sign: '-', md: `Removed secret ${ch.secrets.removed.length === 1 ? 'key' : 'keys'} ${list(ch.secrets.removed)}` });
  return out;
}

const side = (s: Changes['from']) => `${s.label}${s.version && s.version !== s.label ? ` (v${s.version})` : ''}`;

/** Changelog-ready Markdown: one bullet per change. */
export function formatMarkdown(ch: Changes): string {
  const ls = lines(ch);
  return ls.length === 0 ? `- No changes from ${side(ch.from)}\n` : `${ls.map((l) => `- ${l.md}`).join('\n')}\n`;
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
  return `${out.join('\n')}\n`;
}

/** The JSON object, sorted as `diffStates` builds it. */
export function formatJson(ch: Changes): string {
  return `${JSON.stringify(ch, null, 2)}\n`;
}
