/**
 * A small reader for the Caddyfile block of the spec: site blocks (addresses), their
 * `reverse_proxy` upstreams, and every other line of the body kept verbatim. It is not a Caddy
 * parser: `caddy adapt` validates what Bolt Lab generates; this reads what the spec shows.
 */
import type { CaddySite, Pos, Upstream } from '../model/schema.js';

/** Position of a line in the code (0-based line, 0-based columns). */
export type LinePos = (line: number, from: number, to: number) => Pos | undefined;

/** Reads `scheme://host:port` upstream tokens. */
export function parseUpstream(raw: string, pos: Pos | undefined): Upstream | undefined {
  const m = /^(?:(https?|h2c):\/\/)?([A-Za-z0-9._-]+)(?::(\d{1,5}))?$/.exec(raw);
  if (!m) return undefined;
  return { raw, host: m[2]!, pos, ...(m[1] ? { scheme: m[1] } : {}), ...(m[3] ? { port: Number(m[3]) } : {}) };
}

/** Parses the block; returns the sites and the lines it could not read (0-based index, message). */
export function parseCaddyfile(code: string, at: LinePos): { sites: CaddySite[]; errors: { line: number; message: string }[] } {
  const sites: CaddySite[] = [];
  const errors: { line: number; message: string }[] = [];
  const lines = code.split('\n');
  let site: CaddySite | undefined;
  let depth = 0;
  let indent = 0;
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' && !site) return;
    if (trimmed.startsWith('#') && !site) return;
    if (!site) {
      const m = /^(.*?)\s*\{$/.exec(trimmed);
      if (!m) {
        errors.push({ line: i, message: `Unexpected \`${trimmed}\` outside a site block, expected \`address {\`` });
        return;
      }
      const addresses = m[1]!.split(/[\s,]+/).filter(Boolean);
      site = { addresses, upstreams: [], body: [], pos: at(i, line.length - line.trimStart().length, line.length) };
      depth = 1;
      indent = -1;
      return;
    }
    const opens = (trimmed.match(/\{/g) ?? []).length;
    const closes = (trimmed.match(/\}/g) ?? []).length;
    if (depth === 1 && trimmed === '}') {
      sites.push(site);
      site = undefined;
      depth = 0;
      return;
    }
    if (trimmed !== '' && indent < 0) indent = line.length - line.trimStart().length;
    site.body.push(trimmed === '' ? '' : line.slice(Math.min(indent < 0 ? 0 : indent, line.length - line.trimStart().length)));
    if (depth === 1 && /^reverse_proxy(\s|$)/.test(trimmed)) {
      const lead = line.length - line.trimStart().length;
      const tokens = trimmed.replace(/\{$/, '').trim().split(/\s+/).slice(1);
      let col = lead + 'reverse_proxy'.length;
      for (const token of tokens) {
        col = line.indexOf(token, col);
        const pos = at(i, col, col + token.length);
        col += token.length;
        if (token.startsWith('/') || token.startsWith('@') || token === '*') continue; // matcher
        const up = parseUpstream(token, pos);
        if (up) site.upstreams.push(up);
        else errors.push({ line: i, message: `Unexpected upstream \`${token}\`, expected \`host:port\`` });
      }
    }
    depth += opens - closes;
    if (depth < 1) {
      errors.push({ line: i, message: 'Unexpected `}`, expected the site block to close on its own line' });
      sites.push(site);
      site = undefined;
      depth = 0;
    }
  });
  if (site) {
    errors.push({ line: lines.length - 1, message: `Unexpected end of the Caddyfile block, expected \`}\` closing \`${site.addresses.join(' ')}\`` });
    sites.push(site);
  }
  for (const s of sites) while (s.body.length > 0 && s.body.at(-1) === '') s.body.pop();
  return { sites, errors };
}
