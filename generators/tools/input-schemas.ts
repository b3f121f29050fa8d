/**
 * Tool input schemas: the files `src/load/tool-schemas.ts` read (the spec repository's
 * `schemas/tools/<tool name>.json`, then the package's), else the documented default: path
 * parameters as required strings, plus query parameters (GET, HEAD, DELETE, OPTIONS) or a
 * free-form JSON body (other methods).
 */
import type { JsonSchema } from './json-schema-zod.js';

/** A tool's input schema and the file it came from (none for the default); read by `src/load/tool-schemas.ts`. */
export interface InputSchemaSource {
  schema: JsonSchema;
  file?: string | undefined;
}

/** Methods whose arguments travel in the query string; the others send a JSON body. */
export const QUERY_METHODS = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

/** `{id}` / `:id` placeholders of a path, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}/]+)\}|:([A-Za-z_]\w*)/g)].map((m) => (m[1] ?? m[2])!);
}

/** The default input schema for an endpoint without a schema file. */
export function defaultInputSchema(method: string, path: string): JsonSchema {
  const params = pathParams(path);
  const properties: Record<string, JsonSchema> = {};
  for (const p of params) properties[p] = { type: 'string', minLength: 1, description: `Path parameter \`${p}\` of \`${path}\`.` };
  const query = QUERY_METHODS.has(method);
  return {
    type: 'object',
    description: query ? `Query parameters of \`${method} ${path}\`.` : `JSON body fields of \`${method} ${path}\`.`,
    properties,
    ...(params.length ? { required: params } : {}),
    additionalProperties: query ? { type: ['string', 'number', 'boolean'], description: 'A query parameter value.' } : true,
  };
}
