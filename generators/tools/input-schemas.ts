/**
 * Tool input schemas: `schemas/tools/<tool name>.json` of the spec repository (or the folder
 * `toolSchemas:` in bolt.config.yaml names), then of the package (real ones ship for Odoo's
 * endpoints), else the documented default: path parameters as required strings,
 * plus query parameters (GET, HEAD, DELETE, OPTIONS) or a free-form JSON body (other methods).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BoltError } from '../../src/errors/index.js';
import { packagePath } from '../../src/paths.js';
import type { JsonSchema } from './json-schema-zod.js';

/** A tool's input schema and the file it came from (none for the default). */
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

/** The folder of packaged tool schemas. */
export const TOOL_SCHEMA_DIR = packagePath('schemas', 'tools');

const cache = new Map<string, Map<string, InputSchemaSource>>();

/** Every `<name>.json` in `dir`, by tool name (read once per process). */
export function loadToolSchemas(dir: string = TOOL_SCHEMA_DIR): Map<string, InputSchemaSource> {
  const hit = cache.get(dir);
  if (hit) return hit;
  const found = new Map<string, InputSchemaSource>();
  if (existsSync(dir)) {
    for (const entry of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const file = join(dir, entry);
      let schema: unknown;
      try {
        schema = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new BoltError(`Unexpected content in tool schema: ${(error as Error).message}`, { location: { file }, hint: 'fix the JSON syntax' });
      }
      if (typeof schema !== 'object' || schema === null || (schema as JsonSchema).type !== 'object') {
        throw new BoltError('Unexpected tool schema, expected `"type": "object"` at the root', { location: { file }, hint: 'MCP tool inputs are objects' });
      }
      found.set(entry.slice(0, -'.json'.length), { schema: schema as JsonSchema, file });
    }
  }
  cache.set(dir, found);
  return found;
}

/**
 * The schemas a spec repository's build uses: the package's, overridden tool by tool by the
 * repository's `schemas/tools/` (or `dir`, which must then exist).
 */
export function resolveToolSchemas(cwd: string, dir?: string): Map<string, InputSchemaSource> {
  const packaged = loadToolSchemas();
  const own = resolve(cwd, dir ?? join('schemas', 'tools'));
  if (dir !== undefined && !existsSync(own)) {
    throw new BoltError(`Missing tool schema folder \`${dir}\``, { location: { file: 'bolt.config.yaml' }, hint: 'create it, or remove `toolSchemas:` to use the packaged schemas' });
  }
  if (own === TOOL_SCHEMA_DIR || !existsSync(own)) return packaged;
  return new Map([...packaged, ...loadToolSchemas(own)]);
}
