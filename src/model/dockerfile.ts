/**
 * Where a locally built image's Dockerfile is (asked by the compose generator and by
 * `deploy/missing-build-context`), read from the spec's Directory Structure: any tree
 * entry named `Dockerfile`, `<stem>.Dockerfile` or `Dockerfile.<stem>`, anywhere in the tree, whose
 * stem (for a bare `Dockerfile`, its folder's name) matches the container or its image
 * (`api.Dockerfile` for `smartapi`, `api.smarterbot.cl/Dockerfile` for `api.smarterbot.cl:latest`).
 *
 * Paths are mapped from the tree to the output: the repository root is the tree folder that holds
 * `specs/` (else the compose file the tree shows), and the compose file is generated into `out/`
 * inside it, so the root is `..`. A Dockerfile under the root builds with the root as context
 * (`context: ..`, `dockerfile: docker/api.Dockerfile`); one outside it (a sibling folder) builds with
 * its own folder as context (`context: ../../api`, `dockerfile: Dockerfile`).
 */
import type { Container, SpecModel } from './schema.js';

const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** Where to build a container from: `context` relative to the output folder, `dockerfile` relative to the context. */
export interface BuildPlan {
  context: string;
  dockerfile: string;
}

/** Full paths of the tree's entries (`/root/smarteros/docker/BoltLab.Dockerfile` → `root/smarteros/docker/BoltLab.Dockerfile`). */
function treePaths(model: SpecModel): string[] {
  const paths: string[] = [];
  for (const tree of model.directories) {
    const stack: string[] = [];
    for (const entry of tree.entries) {
      const name = entry.name.split(/\s/)[0]!.replace(/^\/+|\/+$/g, '');
      if (!name || !SAFE_SEGMENT.test(name)) continue;
      stack.length = entry.depth;
      stack[entry.depth] = name;
      paths.push(stack.filter((s) => s !== undefined).join('/'));
    }
  }
  return paths;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The stem a Dockerfile path is named for, or undefined when it is not a Dockerfile. */
function stemOf(path: string): string | undefined {
  const parts = path.split('/');
  const file = parts.at(-1)!;
  const m = /^(?:(.+)\.)?Dockerfile(?:\.(.+))?$/i.exec(file);
  if (!m) return undefined;
  const stem = m[1] ?? m[2];
  return squash(stem ?? parts.at(-2) ?? '');
}

/** How well a stem names a container (0: not at all). */
function score(stem: string, container: Container): number {
  if (stem.length < 2) return 0;
  const names = [squash(container.name), squash(container.image.name ?? '')].filter((n) => n.length > 0);
  if (names.includes(stem)) return 3;
  if (names.some((n) => n.includes(stem))) return 2;
  if (names.some((n) => stem.includes(n))) return 1;
  return 0;
}

/** The repository root in tree paths: the folder holding `specs/`, else the one holding `composeFile`. */
function rootOf(paths: string[], composeFile: string): string | undefined {
  const specs = paths.find((p) => p.endsWith('/specs') || p === 'specs');
  if (specs !== undefined) return specs.split('/').slice(0, -1).join('/');
  return paths.find((p) => p.endsWith(`/${composeFile}`))?.split('/').slice(0, -1).join('/');
}

/** The build of a locally built container, or undefined when the tree shows no Dockerfile for it. */
export function buildFor(model: SpecModel, container: Container, composeFile: string): BuildPlan | undefined {
  const paths = treePaths(model);
  let best: { path: string; score: number } | undefined;
  for (const path of paths) {
    const stem = stemOf(path);
    const s = stem === undefined ? 0 : score(stem, container);
    if (s > (best?.score ?? 0)) best = { path, score: s };
  }
  if (!best) return undefined;
  // A tree without `specs/` or the compose file is taken to be the repository itself.
  const root = rootOf(paths, composeFile) ?? '';
  if ((root === '' || best.path.startsWith(`${root}/`))) {
    return { context: '..', dockerfile: root === '' ? best.path : best.path.slice(root.length + 1) };
  }
  // Outside the repository root: its folder is the context, reached from out/ through the root.
  const folder = best.path.split('/').slice(0, -1);
  const rootParts = root.split('/').filter(Boolean);
  let common = 0;
  while (common < rootParts.length && common < folder.length && rootParts[common] === folder[common]) common++;
  const up = ['..', ...rootParts.slice(common).map(() => '..')];
  return { context: [...up, ...folder.slice(common)].join('/'), dockerfile: best.path.split('/').at(-1)! };
}
