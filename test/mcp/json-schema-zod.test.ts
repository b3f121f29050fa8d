import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type JsonSchema, SchemaError, sdkJsonSchema, toZod } from '../../generators/tools/json-schema-zod.js';

const error = (schema: JsonSchema): SchemaError => {
  try {
    toZod(schema);
  } catch (e) {
    return e as SchemaError;
  }
  throw new Error('expected a SchemaError');
};

describe('JSON Schema → zod', () => {
  it('gives source text that builds the same schema as the live one', () => {
    const schema: JsonSchema = {
      type: 'object',
      description: 'Root.',
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 9, pattern: '^[a-z]+$', description: 'Name.' },
        size: { type: ['integer', 'null'], minimum: 0, description: 'Size.' },
        tags: { type: 'array', items: { type: 'string', description: 'A tag.' }, minItems: 1, description: 'Tags.' },
        pair: { type: 'array', items: [{ type: 'string' }, { const: 3 }], description: 'Pair.' },
        mode: { enum: ['a', 'b'], description: 'Mode.' },
        mixed: { enum: [1, 'x', null], description: 'Mixed.' },
        extra: { type: 'object', additionalProperties: { type: 'boolean' }, description: 'Extra.' },
        any: { description: 'Anything.' },
      },
      required: ['name'],
      additionalProperties: false,
    };
    const pair = toZod(schema);
    const fromCode = new Function('z', `return ${pair.code};`)(z) as z.ZodType;
    expect(sdkJsonSchema(fromCode)).toEqual(sdkJsonSchema(pair.schema));
    const json = sdkJsonSchema(pair.schema) as { description: string; properties: Record<string, { description?: string; items?: { description?: string } }> };
    expect(json.description).toBe('Root.');
    expect(json.properties.tags!.items!.description).toBe('A tag.');
    expect(pair.schema.safeParse({ name: 'abc', size: null, pair: ['x', 3], mixed: null }).success).toBe(true);
    expect(pair.schema.safeParse({ name: 'abc', pair: ['x', 4] }).success).toBe(false);
    expect(pair.schema.safeParse({ name: 'ABC' }).success).toBe(false);
    expect(pair.schema.safeParse({ name: 'abc', other: 1 }).success).toBe(false);
  });

  it('rejects what it cannot express, with a pointer, instead of dropping it', () => {
    expect(error({ type: 'object', properties: { a: { type: 'string', format: 'email', description: 'A.' } } })).toMatchObject({
      message: expect.stringMatching(/^Unexpected keyword `format` for a `string` schema/) as string,
      pointer: '/properties/a',
    });
    expect(error({ type: 'object', properties: { a: { type: 'string' } } })).toMatchObject({
      message: 'Unexpected property `a` without a `description`, expected every input field to be described',
      pointer: '/properties/a',
    });
    expect(error({ type: 'object', properties: {}, required: ['b'] }).message).toMatch(/required `b`/);
    expect(error({ type: 'object', properties: { a: { oneOf: [], description: 'A.' } } }).message).toMatch(/keyword `oneOf`/);
    expect(error({ type: 'date' }).pointer).toBe('/type');
  });
});
