import { describe, expect, it } from 'vitest';
import { coversHost, hostsCoveredBy, sitesCovering } from '../../src/model/caddyfile.js';

// Hosts and site hosts chosen to hit every branch of `coversHost`: exact names, one-label
// wildcards, a wildcard one level too high or too low, one-label hosts, case.
const HOSTS = ['api.x.cl', 'API.X.CL', 'x.cl', 'a.b.x.cl', 'localhost', 'docs.x.cl', 'api.y.cl', 'b.x.cl'];
const SITE_HOSTS = ['api.x.cl', '*.x.cl', '*.b.x.cl', '*.cl', 'localhost', '*.localhost', 'x.cl', 'nothing.example'];

describe('indexed host matching (the generator and routing/access-widened look hosts up instead of comparing every pair)', () => {
  it('hostsCoveredBy gives, in entry order, exactly the hosts coversHost accepts', () => {
    const lookup = hostsCoveredBy(HOSTS, (h) => h);
    for (const site of SITE_HOSTS) expect(lookup(site), site).toEqual(HOSTS.filter((h) => coversHost(site, h)));
    // Several site hosts at once: the union, still in entry order, each entry once.
    expect(lookup('docs.x.cl', '*.x.cl')).toEqual(HOSTS.filter((h) => coversHost('docs.x.cl', h) || coversHost('*.x.cl', h)));
    expect(lookup('*.x.cl').length).toBeGreaterThan(2);
  });

  it('sitesCovering gives, in site order, exactly the sites whose hosts cover a host', () => {
    const sites = [['api.x.cl'], ['*.x.cl', 'x.cl'], ['*.b.x.cl'], ['localhost'], [], ['*.x.cl']];
    const lookup = sitesCovering(sites, (s) => s);
    for (const host of HOSTS) expect(lookup(host), host).toEqual(sites.filter((s) => s.some((site) => coversHost(site, host))));
    expect(lookup('api.x.cl')).toHaveLength(3);
  });
});
