import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { modelJsonSchema, modelJsonSchemaText } from '../../src/model/json-schema.js';
import { SpecModel } from '../../src/model/schema.js';
import { loadSpecs } from '../../src/load/index.js';

const root = new URL('../..', import.meta.url).pathname;

describe('the model schema', () => {
  it('schemas/model.schema.json is generated from the zod schemas (run `npm run schemas` when this fails)', () => {
    expect(readFileSync(`${root}schemas/model.schema.json`, 'utf8')).toBe(modelJsonSchemaText());
  });

  it('the seed model satisfies both the zod schema and the generated JSON Schema', async () => {
    const { model } = await loadSpecs({ cwd: root });
    expect(SpecModel.safeParse(model).success).toBe(true);
    const validate = new Ajv2020({ strict: false }).compile(modelJsonSchema());
    expect(validate(JSON.parse(JSON.stringify(model))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the JSON Schema rejects a model with a wrong shape', () => {
    const validate = new Ajv2020({ strict: false }).compile(modelJsonSchema());
    expect(validate({ files: 'specs/os.md' })).toBe(false);
  });
});
