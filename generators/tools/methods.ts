/**
 * HTTP method inference for API endpoints, in a fixed order (documented in docs/mcp.md):
 * 1. an explicit prefix in the spec (`POST /odoo/create`);
 * 2. the spec's own curl examples against the API host (`curl -X POST https://api…/odoo/search_read`,
 *    or `-d`/`--data` without `-X`, which curl sends as POST);
 * 3. the verb table's default (`defaultMethod` in ./verbs.ts): POST for actions that change
 *    something, GET otherwise.
 */
import type { Block, Endpoint, Group, List, SpecModel } from '../../src/model/schema.js';
import { defaultMethod } from './verbs.js';

/** Where an endpoint's method came from. */
export type MethodSource = 'spec' | 'curl' | 'default';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** Every shell command and inline text of the procedure sections, continuation lines joined. */
function commandTexts(model: SpecModel): string[] {
  const texts: string[] = [];
  const fromList = (list: List): void => {
    for (const item of list.items) {
      texts.push(item.md);
      if (item.children) fromList(item.children);
    }
  };
  const fromBlock = (block: Block): void => {
    if (block.type === 'code') for (const c of block.commands) texts.push(c.lines.map((l) => l.replace(/\\\s*$/, ' ')).join(' '));
    else if (block.type === 'list') fromList(block.list);
    else texts.push(block.md);
  };
  const groups: Group[] = [...model.deployment, ...model.backup, ...model.maintenance, ...(model.regions?.groups ?? [])];
  for (const group of groups) group.blocks.forEach(fromBlock);
  return texts;
}

/** The method each curl example uses per URL path on `host`, first example first. */
export function curlMethods(model: SpecModel, host: string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  if (!host) return found;
  for (const text of commandTexts(model)) {
    for (const m of text.matchAll(/\bcurl\s+([^|;&`]*)/g)) {
      const tokens = m[1]!.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
      let method: string | undefined;
      let data = false;
      let url: URL | undefined;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!.replace(/^['"]|['"]$/g, '');
        if (t === '-X' || t === '--request') method = tokens[++i]?.replace(/^['"]|['"]$/g, '').toUpperCase();
        else if (/^-X[A-Z]+$/.test(t)) method = t.slice(2);
        else if (/^(-d|--data(-raw|-binary|-urlencode)?|--json|-F|--form)$/.test(t)) data = true;
        else if (/^https?:\/\//.test(t) && !url) {
          try {
            url = new URL(t);
          } catch {
            /* not a URL after all */
          }
        }
      }
      if (!url || url.hostname !== host) continue;
      const verb = method && METHODS.has(method) ? method : data ? 'POST' : 'GET';
      if (!found.has(url.pathname)) found.set(url.pathname, verb);
    }
  }
  return found;
}

/** The method of one endpoint and where it came from. */
export function endpointMethod(endpoint: Endpoint, curl: Map<string, string>): { method: string; source: MethodSource } {
  if (endpoint.method) return { method: endpoint.method.toUpperCase(), source: 'spec' };
  const fromCurl = curl.get(endpoint.path);
  if (fromCurl) return { method: fromCurl, source: 'curl' };
  return { method: defaultMethod(endpoint.category, endpoint.path), source: 'default' };
}
