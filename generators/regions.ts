/**
 * `regions/<domain>/`: for each regional domain of "Multi-Country Deployment", the Caddyfile, the
 * production compose file and `.env.example` with the base domain replaced by the regional one.
 * A regional domain must be a DNS domain: nothing like `../x` ever becomes a path.
 */
import { boltError } from '../src/errors/index.js';
import type { SpecModel, Tier } from '../src/model/schema.js';
import { isDomain } from '../src/model/values.js';
import { deployTiers } from '../src/model/query.js';
import { renderCaddyfile } from './caddyfile/index.js';
import { renderCompose } from './compose.js';
import { envExampleFiles } from './env-example.js';
import { modelFacts } from './lib/compose-service.js';
import { baseDomain, rebaseModel } from './lib/rebase.js';
import type { Generator, GeneratorInput, OutputFile } from './types.js';

/** The regional domains, checked (a bad one is an input error at its position). */
export function regionalDomains(model: SpecModel): string[] {
  const domains: string[] = [];
  for (const d of model.regions?.domains ?? []) {
    if (!isDomain(d.domain) || d.domain.includes('*')) {
      throw boltError('RegionDomainInvalid', { domain: d.domain }, { location: d.pos ? { file: d.pos.file, line: d.pos.line, column: d.pos.column } : undefined });
    }
    const domain = d.domain.toLowerCase();
    if (!domains.includes(domain)) domains.push(domain);
  }
  return domains;
}

/** Every regional output. */
export function regionFiles({ model, lock, templates, memo }: GeneratorInput): OutputFile[] {
  const base = baseDomain(model);
  if (!base) return [];
  const production: Tier | undefined = deployTiers(model).find((t) => t.id === 'production');
  const files: OutputFile[] = [];
  for (const domain of regionalDomains(model)) {
    if (domain === base) continue;
    const regional = rebaseModel(model, base, domain);
    const notes = [`Region: ${domain} (${base} replaced by ${domain})`];
    const dir = `regions/${domain}`;
    if (regional.routing?.routes.length) files.push({ path: `${dir}/Caddyfile`, contents: renderCaddyfile(regional, templates, notes) });
    if (production) files.push({ path: `${dir}/docker-compose.yml`, contents: renderCompose(regional, lock, production, notes, modelFacts(regional, lock, memo)) });
    files.push(...envExampleFiles(regional, templates, lock, memo, `${dir}/.env.example`, notes));
  }
  return files;
}

export const regions: Generator = {
  id: 'regions',
  description: 'regions/<domain>/: Caddyfile, docker-compose.yml and .env.example per regional domain',
  generate: regionFiles,
};
