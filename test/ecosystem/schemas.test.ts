/**
 * Editor support: the JSON Schemas for versions.lock, bolt.config.yaml and registry.json carry
 * stable `$id`s and compile; every shipped YAML file names its schema in a `yaml-language-server`
 * comment that resolves to one of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SCHEMAS = join(ROOT, 'schemas');
const ID_BASE = 'https://smarterbot.cl/schemas/bolt-lab/';

describe('JSON Schemas', () => {
  it.each(['versions.lock.schema.json', 'bolt.config.schema.json', 'registry.schema.json'])('%s exists, has its $id and compiles', (name) => {
    const schema = JSON.parse(readFileSync(join(SCHEMAS, name), 'utf8')) as { $id?: string; $schema?: string; title?: string };
    expect(schema.$id).toBe(`${ID_BASE}${name}`);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.title).toBeTruthy();
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('gives every top-level schema a distinct $id under the Bolt Lab base', () => {
    const ids = readdirSync(SCHEMAS)
      .filter((f) => f.endsWith('.schema.json'))
      .map((f) => [f, (JSON.parse(readFileSync(join(SCHEMAS, f), 'utf8')) as { $id?: string }).$id] as const);
    for (const [file, id] of ids) expect(id, file).toBe(`${ID_BASE}${file}`);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(ids.length);
  });
});

describe('yaml-language-server comments', () => {
  const shipped: [file: string, schema: string, installed: boolean][] = [
    ['specs/versions.lock', 'versions.lock.schema.json', false],
    // Scaffolded files point into the installed package: node_modules/bolt-lab/schemas/….
    ['templates/init/versions.lock.hbs', 'versions.lock.schema.json', true],
    ['templates/init/bolt.config.yaml', 'bolt.config.schema.json', true],
  ];
  const scaffoldTarget: Record<string, string> = { 'templates/init/versions.lock.hbs': 'specs/versions.lock', 'templates/init/bolt.config.yaml': 'bolt.config.yaml' };

  it.each(shipped)('%s names %s on its first line', (file, schema, installed) => {
    const first = readFileSync(join(ROOT, file), 'utf8').split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, first).not.toBeNull();
    if (installed) {
      const target = scaffoldTarget[file]!;
      expect(join(dirname(target), m![1]!)).toBe(join('node_modules/bolt-lab/schemas', schema));
    } else {
      const resolved = join(ROOT, dirname(file), m![1]!);
      expect(relative(SCHEMAS, resolved)).toBe(schema);
      expect(existsSync(resolved)).toBe(true);
    }
  });
});
