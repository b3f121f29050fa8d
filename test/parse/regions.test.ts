import { describe, expect, it } from 'vitest';
import { extractSpecs } from '../../src/load/index.js';

const regions = (paragraph: string) =>
  extractSpecs([{ file: 'specs/os.md', text: `## Multi-Country Deployment\n\n### Regional Variations\n\n${paragraph}\n` }]).model.regions?.domains.map((d) => d.domain);

describe('regional domains in Multi-Country Deployment', () => {
  it('are the backticked domains and suffixes of its paragraphs', () => {
    expect(regions('Each installation (`smarterbot.com.ar`, `.com.pe`, `.cl`, `.store`) runs the same images.')).toEqual(['smarterbot.com.ar', 'smarterbot.com.pe', 'smarterbot.cl', 'smarterbot.store']);
  });

  it('are not file names or dotfiles written in the same prose (was: out/regions/install.sh/ serving api.install.sh)', () => {
    expect(regions('Colombia runs on `shopco.co`, provisioned with `install.sh`, `deploy.yml` and the `.env.production` of its country.')).toEqual(['shopco.co']);
  });
});
