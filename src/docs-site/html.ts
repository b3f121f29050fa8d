/** Escaping and relative URLs shared by the site's TypeScript-rendered fragments (SVG, code). */
import { posix } from 'node:path';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML or XML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * The URL of site file `to` as seen from page `from` (both relative to the site root), so the site
 * works under any prefix (`/docs/`, `/docs/releases/1.1.0/`) and from the file system.
 */
export function relativeUrl(from: string, to: string): string {
  const [path, hash] = to.split('#', 2) as [string, string | undefined];
  const dir = posix.dirname(from);
  let rel = path === '' ? posix.basename(from) : posix.relative(dir, path);
  if (rel === '') rel = posix.basename(path);
  return hash === undefined ? rel : `${rel}#${hash}`;
}

/** An `id`-safe anchor from free text. */
export function anchor(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}

/** `id`, or `id-2`, `id-3`… when already taken; records the result in `seen`. */
export function uniqueId(id: string, seen: Set<string>): string {
  let out = id;
  for (let n = 2; seen.has(out); n++) out = `${id}-${n}`;
  seen.add(out);
  return out;
}
