/**
 * Where the package's own files are (templates, schemas), whether running from `dist/` or from
 * the sources under vitest: the nearest folder above this module holding bolt-lab's package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'bolt-lab') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('bolt-lab package root not found');
    dir = up;
  }
}

/** The installed package's root folder. */
export const PACKAGE_ROOT = findRoot();

/** A path inside the package (`schemas/…`, `templates/…`). */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}

/** The package's version. */
export const VERSION: string = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Display form of a path: relative to cwd, forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, isAbsolute(path) ? path : resolve(cwd, path));
  return (rel.startsWith('..') ? resolve(cwd, path) : rel).split('\\').join('/');
}
