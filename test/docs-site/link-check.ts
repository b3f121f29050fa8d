/**
 * A link and anchor checker over a generated static site: every `href`/`src` that is not an
 * external URL must name a file of the site, and every `#fragment` an `id` in that file.
 * Absolute paths are resolved against the base the site is served under.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** A broken reference: the page, the attribute value, and why. */
export interface LinkProblem {
  page: string;
  ref: string;
  problem: string;
}

function files(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);

/** Ids defined in an HTML or SVG text. */
export function idsOf(text: string): Set<string> {
  return new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/** References (`href`, `src`) in an HTML or SVG text. */
export function refsOf(text: string): string[] {
  return [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!));
}

/** Checks every HTML and SVG file of the site in `dir`, served under `base`. */
export function checkLinks(dir: string, base: string): { pages: number; refs: number; problems: LinkProblem[] } {
  const all = files(dir);
  const set = new Set(all);
  const ids = new Map<string, Set<string>>();
  const idsFor = (f: string): Set<string> => {
    if (!ids.has(f)) ids.set(f, idsOf(readFileSync(join(dir, f), 'utf8')));
    return ids.get(f)!;
  };
  const problems: LinkProblem[] = [];
  let refs = 0;
  const pages = all.filter((f) => /\.(html|svg)$/.test(f));
  for (const page of pages) {
    for (const ref of refsOf(readFileSync(join(dir, page), 'utf8'))) {
      refs++;
      if (/^(https?:|mailto:|data:)/.test(ref)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) {
        problems.push({ page, ref, problem: 'unexpected scheme' });
        continue;
      }
      const [path, fragment] = ref.split('#', 2) as [string, string | undefined];
      let target: string;
      if (path === '') target = page;
      else if (path.startsWith('/')) {
        if (!path.startsWith(base)) {
          problems.push({ page, ref, problem: `absolute path outside the base ${base}` });
          continue;
        }
        target = posix.normalize(path.slice(base.length) || 'index.html');
      } else target = posix.normalize(posix.join(posix.dirname(page), path));
      if (target.endsWith('/') || target === '.') target = posix.join(target, 'index.html');
      if (target.startsWith('..') || !set.has(target)) {
        problems.push({ page, ref, problem: `no file ${target}` });
        continue;
      }
      if (fragment !== undefined && fragment !== '' && !idsFor(target).has(decodeURIComponent(fragment))) {
        problems.push({ page, ref, problem: `no id "${fragment}" in ${target}` });
      }
    }
  }
  return { pages: pages.length, refs, problems };
}
