/** `routing/duplicate-host`: two routes (or two Caddyfile sites) for the same host. */
import type { Pos } from '../../model/schema.js';
import { defineRule } from '../types.js';

export const duplicateHost = defineRule({
  id: 'routing/duplicate-host',
  severity: 'error',
  description: 'Two routes, or two Caddyfile sites, serve the same host.',
  messages: {
    route: { text: 'Unexpected second route for `{{host}}`, expected one route per host', hint: 'keep one of the lines, or route the other service under its own host name' },
    site: { text: 'Unexpected second Caddyfile site for `{{host}}`, expected one site block per host', hint: 'merge the two site blocks or remove one' },
    first: { text: '`{{host}}` first defined here' },
  },
  check(ctx) {
    const routes = new Map<string, Pos | undefined>();
    for (const r of ctx.model.routing?.routes ?? []) {
      const host = r.host.toLowerCase();
      if (!routes.has(host)) {
        routes.set(host, r.hostPos ?? r.pos);
        continue;
      }
      ctx.report({ message: 'route', data: { host: r.host }, pos: r.hostPos ?? r.pos, cause: { message: 'first', data: { host: r.host }, pos: routes.get(host) } });
    }
    const sites = new Map<string, Pos | undefined>();
    for (const s of ctx.model.routing?.caddyfile?.sites ?? []) {
      for (const host of new Set(s.addresses.map((a) => a.toLowerCase()))) {
        if (!sites.has(host)) {
          sites.set(host, s.pos);
          continue;
        }
        ctx.report({ message: 'site', data: { host }, pos: s.pos, cause: { message: 'first', data: { host }, pos: sites.get(host) } });
      }
    }
  },
});
