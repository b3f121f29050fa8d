/**
 * Tools without a schema file get default input schemas that differ only in their description
 * texts (`Path parameter \`id\` of \`/odoo/read/{id}\`.`). Converting each one to zod and rendering
 * it back costs tens of µs per tool, thousands of times, so the work is done once per shape: the
 * descriptions are replaced by numbered tokens, the skeleton is converted and cached, and the texts
 * are put back into the result. Both the zod source text and the JSON rendering quote strings with
 * `JSON.stringify`, so a token and its replacement are found and written the same way in both.
 */
import { type JsonSchema, sdkJsonSchema, toZod, type ZodPair } from './json-schema-zod.js';

/** A token no description contains (checked), numbered per description. */
const TOKEN = '\u0001bolt-description\u0001';
const TOKEN_PATTERN = /"\\u0001bolt-description\\u0001(\d+)\\u0001bolt-description\\u0001"/g;
const MAX_SHAPES = 1000;

interface Shape {
  code: string;
  json: string;
}
const shapes = new Map<string, Shape>();

/** The schema with its descriptions tokenized, and the descriptions; undefined when a text has the token's control character. */
function skeletonOf(schema: JsonSchema): { skeleton: string; descriptions: string[] } | undefined {
  const descriptions: string[] = [];
  const skeleton = JSON.stringify(schema, (key, value: unknown) => {
    if (key !== 'description' || typeof value !== 'string') return value;
    descriptions.push(value);
    return `${TOKEN}${descriptions.length - 1}${TOKEN}`;
  });
  return descriptions.some((d) => d.includes('\u0001')) ? undefined : { skeleton, descriptions };
}

function shapeOf(skeleton: string): Shape {
  let shape = shapes.get(skeleton);
  if (shape === undefined) {
    const pair = toZod(JSON.parse(skeleton) as JsonSchema);
    shape = { code: pair.code, json: JSON.stringify(sdkJsonSchema(pair.schema)) };
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(skeleton, shape);
  }
  return shape;
}

function fill(text: string, descriptions: string[]): string {
  return text.replace(TOKEN_PATTERN, (_, i: string) => JSON.stringify(descriptions[Number(i)]));
}

/**
 * `toZod(schema)` for a default schema, with the zod schema itself built only when asked for
 * (the stub needs the source text, the registry the JSON rendering; `bolt mcp` the live schema).
 */
export function defaultZodPair(schema: JsonSchema): ZodPair {
  const parts = skeletonOf(schema);
  if (!parts) return toZod(schema);
  const code = fill(shapeOf(parts.skeleton).code, parts.descriptions);
  let live: ZodPair['schema'] | undefined;
  return {
    code,
    get schema() {
      return (live ??= toZod(schema).schema);
    },
  };
}

/** `sdkJsonSchema(toZod(schema).schema)` for a default schema, through the shape cache. */
export function defaultJsonSchema(schema: JsonSchema): Record<string, unknown> {
  const parts = skeletonOf(schema);
  if (!parts) return sdkJsonSchema(toZod(schema).schema);
  return JSON.parse(fill(shapeOf(parts.skeleton).json, parts.descriptions)) as Record<string, unknown>;
}
