/**
 * `bolt watch` against the ways files really change: rename-style saves (vim, `sed -i`, most
 * formatters write a temp file and rename it over the spec), several in a row, in-place writes, a
 * new spec file, a deleted one, an edited bolt.config.yaml and an edited tool schema. Each must
 * reach out/ (or, for a deletion, drop what the file contributed).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateDist, ROOT, seedRepo, startWatch, until, type Watching } from './helpers.js';

/** Saves as vim and `sed -i` do: write a sibling temp file, rename it over the target. */
function renameSave(path: string, text: string): void {
  const temp = `${path}.tmp${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

describe('bolt watch and real saves', () => {
  let dist: string;
  let repo: string;
  let watching: Watching | undefined;
  beforeAll(async () => {
    dist = await privateDist();
    repo = seedRepo('bolt-watch-saves-');
  }, 240_000);
  afterAll(() => {
    if (watching && watching.child.exitCode === null) watching.child.kill('SIGKILL');
    rmSync(dist, { recursive: true, force: true });
    rmSync(repo, { recursive: true, force: true });
  });

  it('follows rename-saves, in-place writes, new and deleted files, the config and tool schemas', async () => {
    watching = startWatch(dist, repo);
    const { log, exited } = watching;
    const stdout = watching.stdout;
    const out = (name: string) => readFileSync(join(repo, 'out', name), 'utf8');
    const spec = join(repo, 'specs/os.md');
    await until(() => stdout().includes('watching'), 'the first build', log);

    // Three rename-saves in a row: each one is seen (fs.watch on the file itself loses it after the first).
    for (const word of ['alpha', 'beta', 'gamma']) {
      renameSave(spec, readFileSync(spec, 'utf8').replace(/PostgreSQL (?:\w+ )?database/, `PostgreSQL ${word} database`));
      await until(() => out('os.md').includes(`PostgreSQL ${word} database`), `rename-save ${word}`, log);
    }

    // An in-place write.
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('PostgreSQL gamma database', 'PostgreSQL delta database'));
    await until(() => out('os.md').includes('PostgreSQL delta database'), 'the in-place write', log);

    // A new spec file with a section of its own, then its deletion.
    const extra = join(repo, 'specs/extra.md');
    writeFileSync(extra, '## Support\n\n- **Pager:** +56 9 0000 0000\n');
    await until(() => out('os.md').includes('+56 9 0000 0000'), 'the new spec file', log);
    unlinkSync(extra);
    await until(() => !out('os.md').includes('+56 9 0000 0000'), 'the deleted spec file', log);

    // A repository tool schema appears: registry.json takes it (schemas/tools/ did not exist at start).
    mkdirSync(join(repo, 'schemas/tools'), { recursive: true });
    const tool = JSON.parse(out('registry.json')).tools[0] as { name: string };
    const schema = { type: 'object', properties: { watched_marker: { type: 'string', description: 'Seen by bolt watch.' } } };
    writeFileSync(join(repo, 'schemas/tools', `${tool.name}.json`), JSON.stringify(schema));
    await until(() => out('registry.json').includes('watched_marker'), 'the new tool schema', log);
    // … and an edit of it, by rename-save.
    renameSave(join(repo, 'schemas/tools', `${tool.name}.json`), JSON.stringify({ ...schema, properties: { watched_again: { type: 'string', description: 'Seen again.' } } }));
    await until(() => out('registry.json').includes('watched_again'), 'the edited tool schema', log);

    // bolt.config.yaml appears and switches a rule off: the next rebuild reads it.
    writeFileSync(join(repo, 'bolt.config.yaml'), 'templates: tpl\n');
    mkdirSync(join(repo, 'tpl'));
    writeFileSync(join(repo, 'tpl/Caddyfile.hbs'), `# from the override\n${readFileSync(join(ROOT, 'templates/Caddyfile.hbs'), 'utf8')}`);
    renameSave(join(repo, 'bolt.config.yaml'), 'templates: tpl\n# saved again\n');
    await until(() => out('Caddyfile').startsWith('# from the override'), 'the config naming a template folder', log);

    watching.child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 180_000);
});
