/**
 * `.env.example`: every secret key of the Secrets section, in its `# Group`, with placeholder
 * values only. Credential keys keep the spec's placeholder or reference (`***`, `eyJ...`,
 * `${VAR}`); a literal secret (masked in the model already) is written as a placeholder of its
 * shape (`***`, `sk_live_***`, `postgres://app:***@db/app`). Other settings are configuration and
 * keep their value (`REDIS_URL=redis://cache:6379/0`).
 */
import type { RunMemo } from '../src/memo.js';
import type { Lock, SecretKey, SpecModel } from '../src/model/schema.js';
import { placeholderOf } from '../src/model/secret-values.js';
import type { Templates } from '../src/templates.js';
import { envFileName } from './lib/compose-service.js';
import { generatedNote } from './lib/header.js';
import { wiringOf } from './lib/services.js';
import type { Generator, OutputFile } from './types.js';

/** The view the `env.example.hbs` template renders. */
export interface EnvExampleView {
  notes: string[];
  groups: { name: string; keys: { key: string; value: string }[] }[];
}

const REDACTED = '***';

const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLAIN_VALUE = /^[\w.:/@%+,=*~-]*$/;

/** A variable a value reads: `$NAME` or `${NAME…}`. */
const READS_VARIABLE = /\$(?:\{[A-Za-z_]|[A-Za-z_])/;
/** Every `${` opens an expression Compose can interpolate (`${NAME}`, `${NAME:-x}`, `${NAME:?x}`, `${NAME+x}`), not `${{ secrets.X }}`. */
const ONLY_VALID_BRACES = /^(?:[^$]|\$(?!\{)|\$\{[A-Za-z_][A-Za-z0-9_]*(?:\}|:?[-?+]))*$/;
/** Characters an unquoted value may hold besides those of `PLAIN_VALUE`: the reference's own. */
const PLAIN_REFERENCE = /^[\w.:/@%+,=*~${}?-]*$/;

/**
 * The value shown for a key: never a secret; quoted when dotenv readers could split it.
 *
 * Compose's env-file format interpolates unquoted and double-quoted values and reads single-quoted
 * ones literally (`VAR='${OTHER}'` → `${OTHER}`; "Syntax for environment files in Docker Compose",
 * https://docs.docker.com/compose/env-file/). So a value that reads another variable
 * (`SPRING_DATASOURCE_PASSWORD=${POSTGRES_PASSWORD}`) is written unquoted when it has no space,
 * quote or `#`, else in double quotes with `\` and `"` escaped; any other value with spaces is
 * single-quoted, so a `$` in it stays a `$`.
 */
export function exampleValue(key: SecretKey): string {
  // Only a literal is a secret (the loader masked it already); a credential key's other values are
  // placeholders, references, public ids (`pk_live_…`) or switches, and stay as written.
  const shown = key.literal !== undefined ? placeholderOf(key.value) : key.value;
  if (PLAIN_VALUE.test(shown)) return shown;
  if (READS_VARIABLE.test(shown) && ONLY_VALID_BRACES.test(shown) && !/[\r\n]/.test(shown)) {
    return PLAIN_REFERENCE.test(shown) ? shown : `"${shown.replace(/[\\"]/g, '\\$&')}"`;
  }
  return /^[^'\r\n]*$/.test(shown) ? `'${shown}'` : REDACTED;
}

/** The group of keys the generated compose files reference that the spec lacks. */
export const ADDED_GROUP = 'Added by Bolt Lab: the images need these, the spec does not list them (see `bolt validate`)';

/**
 * Builds the view: groups in spec order, keys in spec order under their group, then the keys the
 * images need that the spec lacks (`src/images/wiring.ts`), with placeholders.
 */
export function envExampleView(model: SpecModel, notes: string[] = [], lock?: Lock, memo?: RunMemo): EnvExampleView {
  const keys = (model.secrets?.keys ?? []).filter((k) => ENV_KEY.test(k.key));
  const names = [...new Set([...(model.secrets?.groups.map((g) => g.name) ?? []), ...keys.map((k) => k.group)])];
  const byGroup = new Map<string, SecretKey[]>();
  for (const k of keys) {
    const list = byGroup.get(k.group);
    if (list) list.push(k);
    else byGroup.set(k.group, [k]);
  }
  return {
    notes: [generatedNote(model), `Copy to ${envFileName(model)} and fill in the real values there; never commit that file.`, ...notes],
    groups: names
      .map((name) => ({ name: name.replace(/[\r\n]+/g, ' '), keys: (byGroup.get(name) ?? []).map((k) => ({ key: k.key, value: exampleValue(k) })) }))
      .filter((g) => g.keys.length > 0)
      .concat(addedGroup(model, lock, memo)),
  };
}

function addedGroup(model: SpecModel, lock: Lock | undefined, memo: RunMemo | undefined): EnvExampleView['groups'] {
  const added = [...new Set([...wiringOf(model, lock, memo).values()].flatMap((w) => w.added.map((a) => a.key)))];
  return added.length > 0 ? [{ name: ADDED_GROUP, keys: added.map((key) => ({ key, value: REDACTED })) }] : [];
}

/** `.env.example` at `path`, when the spec lists secrets or the wiring adds keys (`notes` on top). */
export function envExampleFiles(model: SpecModel, templates: Templates, lock?: Lock, memo?: RunMemo, path = '.env.example', notes: string[] = []): OutputFile[] {
  const view = envExampleView(model, notes, lock, memo);
  if (view.groups.length === 0) return [];
  return [{ path, contents: templates.render('env.example.hbs', view) }];
}

export const envExample: Generator = {
  id: 'env-example',
  description: '.env.example: every secret key in its group, placeholder values only',
  generate: ({ model, templates, lock, memo }) => envExampleFiles(model, templates, lock, memo),
};
