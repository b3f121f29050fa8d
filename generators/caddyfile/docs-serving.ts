/**
 * The Caddyfile directives that serve the docs site (`docs.serve` in bolt.config.yaml) inside a
 * site block: `/docs` redirects to `/docs/`, `handle_path /docs/*` serves the files with the prefix
 * stripped, and missing pages get the site's own `404.html` with status 404. The site's other
 * directives must then sit in a plain `handle { … }` so the two never both answer.
 * For the Caddyfile generator; values are checked so config text cannot inject a directive.
 */
import { type BoltConfig, DOCS_SERVE_DEFAULTS } from '../../src/config.js';
import { boltError } from '../../src/errors/index.js';

export { DOCS_SERVE_DEFAULTS } from '../../src/config.js';

const SAFE_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;
const SAFE_ROOT = /^\/[A-Za-z0-9._~/-]*$/;

function fail(config: BoltConfig | undefined, key: string, value: string, expected: string, hint: string): never {
  const pos = config?.pos?.(['docs', 'serve', key]);
  const file = pos?.file || config?.file;
  throw boltError('DocsServingInvalid', { key, value, expected }, { location: file ? { file, line: pos?.line, column: pos?.column } : undefined, hint });
}

/** The directives (one per line, tab-indented for a site block) serving the docs under `path`. */
export function docsSiteDirectives(serve: { path?: string | undefined; root?: string | undefined }, config?: BoltConfig): string[] {
  const raw = serve.path ?? DOCS_SERVE_DEFAULTS.path;
  const path = raw.endsWith('/') ? raw : `${raw}/`;
  const root = serve.root ?? DOCS_SERVE_DEFAULTS.root;
  if (!SAFE_PATH.test(path) || path === '/') {
    fail(config, 'path', raw, 'a URL path such as `/docs/`', 'use letters, digits, `.`, `_`, `~`, `-` and `/` only');
  }
  if (!SAFE_ROOT.test(root) || root.split('/').includes('..')) {
    fail(config, 'root', root, 'an absolute folder path without spaces or `..`', 'point it at the folder `bolt docs --out` wrote, as the Caddy host sees it');
  }
  const bare = path.slice(0, -1);
  return [
    `redir ${bare} ${path} 308`,
    `handle_path ${path}* {`,
    `\troot * ${root}`,
    '\tfile_server',
    '}',
    'handle_errors {',
    `\t@docs path ${path}*`,
    '\thandle @docs {',
    `\t\troot * ${root}`,
    '\t\trewrite * /404.html',
    '\t\tfile_server',
    '\t}',
    '}',
  ];
}
