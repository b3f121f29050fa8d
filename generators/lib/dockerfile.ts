/**
 * Where a locally built image's Dockerfile is, read from the spec's Directory Structure: the tree
 * entry ending in `Dockerfile` whose name matches the container (`BoltLab.Dockerfile` for
 * `smarterbolt-lab`: letters and digits of the stem contained in the container's), as a path
 * relative to the folder the tree puts the compose file in. Without such entries, `Dockerfile`.
 */
import type { SpecModel } from '../../src/model/schema.js';
import { memoize } from './services.js';

const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** Full paths of the tree's entries (`smarteros/docker/BoltLab.Dockerfile`), with comments stripped; once per model. */
const treePaths = memoize((model: SpecModel): string[] => {
  const paths: string[] = [];
  for (const tree of model.directories) {
    const stack: string[] = [];
    for (const entry of tree.entries) {
      const name = entry.name.split(/\s/)[0]!.replace(/\/$/, '');
      stack.length = entry.depth;
      stack[entry.depth] = name;
      paths.push(stack.join('/'));
    }
  }
  return paths;
});

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The Dockerfile to build `container` from, relative to the folder of `composeFile`. */
export function dockerfileFor(model: SpecModel, container: string, composeFile: string): string {
  const paths = treePaths(model);
  const home = paths.find((p) => p.endsWith(`/${composeFile}`))?.split('/').slice(0, -1).join('/');
  if (home === undefined) return 'Dockerfile';
  const candidates = paths.filter((p) => p.startsWith(`${home}/`) && /Dockerfile$/.test(p));
  const match = candidates.find((p) => {
    const stem = squash(p.split('/').pop()!.replace(/\.?Dockerfile$/, ''));
    return stem.length > 0 && squash(container).includes(stem);
  });
  const relative = match?.slice(home.length + 1);
  return relative && relative.split('/').every((s) => SAFE_SEGMENT.test(s)) ? relative : 'Dockerfile';
}
