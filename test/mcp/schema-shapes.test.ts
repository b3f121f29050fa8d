/** Default input schemas converted through their shape give exactly what direct conversion gives. */
import { describe, expect, it } from 'vitest';
import { defaultInputSchema } from '../../generators/tools/input-schemas.js';
import { sdkJsonSchema, toZod } from '../../generators/tools/json-schema-zod.js';
import { defaultJsonSchema, defaultZodPair } from '../../generators/tools/schema-shapes.js';

const PATHS = ['/odoo/search_read', '/crm/leads/{id}', '/x/{a}/y/{b}', '/q/:slug', '/odd/"quoted"\\back/{id}', '/ünï/cødé/{ñ}', '/ctl/\u0001/{id}'];
const METHODS = ['GET', 'POST', 'DELETE', 'PATCH'];

describe('schema shapes', () => {
  for (const method of METHODS) {
    for (const path of PATHS) {
      it(`${method} ${path}`, () => {
        const schema = defaultInputSchema(method, path);
        const direct = toZod(schema);
        const shaped = defaultZodPair(schema);
        expect(shaped.code).toBe(direct.code);
        expect(defaultJsonSchema(schema)).toEqual(sdkJsonSchema(direct.schema));
        expect(JSON.stringify(defaultJsonSchema(schema))).toBe(JSON.stringify(sdkJsonSchema(direct.schema)));
        expect(JSON.stringify(sdkJsonSchema(shaped.schema))).toBe(JSON.stringify(sdkJsonSchema(direct.schema)));
      });
    }
  }
});
