/** `health/unrouted-endpoint`: a health-check URL's host is not a routed domain. */
import { defineRule } from '../types.js';
import { isLocalHost, urlHost } from '../lib/model.js';
import { siteHosts, sitesCovering } from '../../model/caddyfile.js';
import { isDomain } from '../../model/values.js';

export const unroutedEndpoint = defineRule({
  id: 'health/unrouted-endpoint',
  severity: 'warning',
  description: 'A health-check URL\'s host is not a routed domain.',
  messages: {
    unrouted: { text: 'Unexpected health URL host `{{host}}`, expected a routed domain', hint: 'add a route for `{{host}}` (routing table and Caddyfile), or point the check at a routed host' },
  },
  check(ctx) {
    const routing = ctx.model.routing;
    const hosts = [
      ...(routing?.routes ?? []).map((r) => r.host.toLowerCase()),
      ...(routing?.caddyfile?.sites ?? []).flatMap(siteHosts),
    ];
    if (hosts.length === 0) return;
    const served = sitesCovering(hosts, (h) => [h]);
    for (const h of ctx.model.monitoring?.healthUrls ?? []) {
      const host = urlHost(h.url);
      if (!host || isLocalHost(host) || !isDomain(host)) continue;
      if (served(host).length > 0) continue;
      ctx.report({ message: 'unrouted', data: { host }, pos: h.pos });
    }
  },
});
