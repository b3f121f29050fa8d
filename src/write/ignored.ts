/**
 * Build folders of generated projects. A generated project (such as `mcp/`) ships a `.gitignore`
 * naming what building it leaves behind (`node_modules/`, `dist/`, `package-lock.json`). A file
 * there that Bolt Lab neither generates now nor recorded in the manifest is the user's build
 * output, not drift: `bolt check` does not report it and `bolt build` neither refuses over it nor
 * removes it. The patterns are read from the *generated* `.gitignore` text, never from disk, so a
 * hand edit of that file cannot hide drift; matching follows git's rules (the `ignore` package).
 */
import ignore, { type Ignore } from 'ignore';

/** Decides whether a path (relative to the output folder; folders end in `/`) is a build output. */
export type BuildOutputTest = (path: string) => boolean;

/** The test for the `.gitignore` files among `files` (paths relative to the output folder). */
export function buildOutputTest(files: readonly { path: string; contents: string }[]): BuildOutputTest {
  const scopes: { prefix: string; rules: Ignore }[] = files
    .filter((f) => f.path === '.gitignore' || f.path.endsWith('/.gitignore'))
    .map((f) => ({ prefix: f.path.slice(0, -'.gitignore'.length), rules: ignore().add(f.contents) }));
  return (path) => scopes.some((s) => path.startsWith(s.prefix) && path.length > s.prefix.length && s.rules.ignores(path.slice(s.prefix.length)));
}
