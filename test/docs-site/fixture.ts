/** A temporary spec repository for the docs-site tests: the seed spec plus a 1.1.0 snapshot. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '..', '..');

/** A temp repo: `specs/os.md` (the seed, optionally edited), `specs/versions.lock`, `out/snapshots/1.1.0/`. */
export function makeSpecRepo(options: { edit?: (spec: string) => string; snapshot?: boolean } = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bolt-docs-'));
  mkdirSync(join(dir, 'specs'));
  const seed = readFileSync(join(repoRoot, 'specs', 'os.md'), 'utf8');
  writeFileSync(join(dir, 'specs', 'os.md'), options.edit ? options.edit(seed) : seed);
  cpSync(join(repoRoot, 'specs', 'versions.lock'), join(dir, 'specs', 'versions.lock'));
  if (options.snapshot !== false) {
    mkdirSync(join(dir, 'out', 'snapshots'), { recursive: true });
    cpSync(join(here, 'fixtures', 'snapshot-1.1.0'), join(dir, 'out', 'snapshots', '1.1.0'), { recursive: true });
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
