/**
 * Handlebars templates: strict mode, compiled once per `Templates` object (one per run, so an edited
 * template is seen by the next run of `bolt watch`), looked up first in the user's
 * template folder (`templates:` in bolt.config.yaml) and then in the package's `templates/`.
 * HTML escaping is off except for `.html.hbs` templates (the docs site).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { boltError } from './errors/index.js';
import { packagePath } from './paths.js';

/** Renders templates by name (`Caddyfile.hbs`, `mcp/server.ts.hbs`). */
export interface Templates {
  render(name: string, view: object): string;
}

const hb = Handlebars.create();
hb.registerHelper('json', (value: unknown) => new Handlebars.SafeString(JSON.stringify(value)));
hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);

/** Templates with an optional override folder (absolute, or relative to `cwd`). */
export function createTemplates(overrideDir?: string, cwd: string = process.cwd()): Templates {
  const dirs = [...(overrideDir ? [resolve(cwd, overrideDir)] : []), packagePath('templates')];
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  return {
    render(name, view) {
      const file = dirs.map((d) => join(d, name)).find((f) => existsSync(f));
      if (!file) throw boltError('TemplateNotFound', { name }, { location: { file: dirs[0]! } });
      let fn = compiled.get(file);
      if (!fn) {
        const html = name.endsWith('.html.hbs');
        fn = hb.compile(readFileSync(file, 'utf8'), { strict: true, noEscape: !html });
        compiled.set(file, fn);
      }
      try {
        return fn(view);
      } catch (error) {
        throw boltError('TemplateFailed', { name, reason: (error as Error).message }, { location: { file } });
      }
    },
  };
}
