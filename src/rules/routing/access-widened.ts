/**
 * `routing/access-widened`: the generated Caddyfile would serve a live host without a restriction
 * the spec's Caddyfile block applies to it. The generator carries every directive of a site that
 * names the host (`generators/caddyfile/spec-sites.ts`), so what remains are the cases it cannot
 * carry:
 *
 * - the host is served in the block only by a catch-all site (`:80`, `http://`, `:8443`) that
 *   restricts; the generated `host { … }` site is more specific, so Caddy would answer it without
 *   the catch-all's directives (https://caddyserver.com/docs/caddyfile/concepts#addresses);
 * - `docs.serve` puts the docs site on a host whose site restricts: the docs are served by
 *   `handle_path`, which Caddy orders before `respond`/`abort`/`error`, outside the restriction
 *   (https://caddyserver.com/docs/caddyfile/directives#directive-order).
 *
 * A restriction is `basic_auth`/`basicauth`, `forward_auth`, `abort`, `error`, `respond` with a
 * 4xx/5xx status, or `tls { client_auth … }`, also inside `handle`/`route` blocks and imported
 * snippets (`src/model/caddyfile.ts`).
 */
import { addressParts, restrictions, siteHosts, sitesCovering, snippetMap } from '../../model/caddyfile.js';
import type { CaddySite, Pos } from '../../model/schema.js';
import { defineRule } from '../types.js';

const catchAll = (site: CaddySite): boolean => site.addresses.every((a) => addressParts(a).host === '');

export const accessWidened = defineRule({
  id: 'routing/access-widened',
  severity: 'error',
  description: 'A generated Caddyfile site would drop a restriction the spec\'s Caddyfile block applies to the host.',
  messages: {
    catchAll: {
      text: 'Unexpected public site `{{host}}`: the Caddyfile block restricts it only in the catch-all site `{{site}}` (`{{directive}}`), expected a site block for `{{host}}` keeping the restriction',
      hint: 'add `{{host}} { … }` with the same directives to the Caddyfile block (the generated site for the host is more specific than `{{site}}` and bypasses it), or mark the route `(planned)`',
    },
    docs: {
      text: 'Unexpected docs site `{{host}}{{path}}` outside the restriction `{{directive}}` of site `{{site}}`, expected the docs on a host the Caddyfile block does not restrict',
      hint: 'set `docs.serve.host` in bolt.config.yaml to another host, or remove `docs.serve`',
    },
    route: { text: 'the route is here' },
  },
  check(ctx) {
    const caddy = ctx.model.routing?.caddyfile;
    if (!caddy) return;
    const snippets = snippetMap(caddy.snippets);
    const withBlock = caddy.sites.filter((s) => s.block);
    const serving = sitesCovering(withBlock, siteHosts);
    const restricted = (s: CaddySite) => restrictions(s.block ?? [], snippets);
    const catchAlls = withBlock.filter(catchAll).map((site) => ({ site, found: restricted(site) })).filter((c) => c.found.length > 0);
    const hosts = new Map<string, Pos | undefined>();
    for (const r of ctx.model.routing?.routes ?? []) if (!r.planned && !hosts.has(r.host.toLowerCase())) hosts.set(r.host.toLowerCase(), r.hostPos ?? r.pos);
    if (ctx.docsServe && !hosts.has(ctx.docsServe.host.toLowerCase())) hosts.set(ctx.docsServe.host.toLowerCase(), undefined);
    for (const [host, routePos] of hosts) {
      if (serving(host).length > 0) continue;
      for (const { site, found } of catchAlls) {
        const data = { host, site: site.addresses.join(', '), directive: found[0]!.text };
        ctx.report({ message: 'catchAll', data, pos: found[0]!.pos ?? site.pos, ...(routePos ? { cause: { message: 'route', pos: routePos } } : {}) });
      }
    }
    if (ctx.docsServe) {
      const { host, path } = ctx.docsServe;
      for (const site of serving(host)) {
        const found = restricted(site);
        if (found.length > 0) ctx.report({ message: 'docs', data: { host, path, site: site.addresses.join(', '), directive: found[0]!.text }, pos: found[0]!.pos ?? site.pos });
      }
    }
  },
});
