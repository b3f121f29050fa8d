/**
 * Output paths: relative, forward slashes, no `..`, no empty or dot segments, no control
 * characters. Generators return such paths; anything else is a bug reported before any write.
 */
import { boltError } from '../errors/index.js';

/** The manifest of generated files, inside the output folder. */
export const MANIFEST_FILE = '.bolt-manifest.json';

/** Why `path` is not a safe output path, or undefined when it is. */
export function outputPathProblem(path: string): string | undefined {
  if (path.length === 0) return 'it is empty';
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return 'it contains a control character or a backslash';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'it is absolute';
  const bad = path.split('/').find((s) => s === '' || s === '.' || s === '..');
  if (bad !== undefined) return `it has a \`${bad || '//'}\` segment`;
  if (path === MANIFEST_FILE) return `\`${MANIFEST_FILE}\` is the manifest's own name`;
  return undefined;
}

/** Throws (exit 2) unless `path` is a safe output path; `who` names the generator for the message. */
export function assertOutputPath(path: string, who: string): void {
  const problem = outputPathProblem(path);
  if (problem) {
    throw boltError('OutputPathInvalid', { path: JSON.stringify(path).slice(1, -1), generator: `generator ${who}`, expected: `a relative path inside the output folder (${problem})` });
  }
}
