/**
 * The `registry.json` document: an envelope `{ name, version, categories, tools }` whose tools are
 * MCP `Tool` objects exactly as the generated stub lists them (same zod schemas, same SDK
 * rendering), with `_meta: { method, path, category, alias }`.
 */
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { SpecModel } from '../../src/model/schema.js';
import { type CatalogOptions, type CatalogTool, toolCatalog } from './catalog.js';
import { type JsonSchema, sdkJsonSchema, toZod } from './json-schema-zod.js';

/** What every tool returns as `structuredContent`: the HTTP status, content type and body. */
export const OUTPUT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    status: { type: 'integer', description: 'HTTP status code of the API response.' },
    contentType: { type: 'string', description: 'Content-Type of the API response, when it sent one.' },
    data: { description: 'Response body: the parsed JSON when the API answered JSON, else the text (null when empty).' },
  },
  required: ['status', 'data'],
  additionalProperties: false,
};

/** The output schema as zod (source text for the stub, live schema for the registry). */
export const OUTPUT_ZOD = toZod(OUTPUT_SCHEMA);

/** `_meta` of a registry tool. */
export interface ToolMeta {
  method: string;
  path: string;
  category: string;
  alias: string;
}

/** One registry tool: an MCP `Tool` plus `_meta`. */
export interface RegistryTool {
  name: string;
  title: string;
  description: string;
  inputSchema: Record<string, unknown>;
  outputSchema: Record<string, unknown>;
  annotations: ToolAnnotations;
  /** The stub runs every call to completion: no MCP tasks (the SDK lists this explicitly). */
  execution: { taskSupport: 'forbidden' };
  _meta: ToolMeta;
}

/** The registry envelope. */
export interface Registry {
  name: string;
  version: string;
  categories: Record<string, number>;
  tools: RegistryTool[];
}

/** The output schema as JSON Schema, rendered once: it is the same for every tool. */
let outputJsonSchema: Record<string, unknown> | undefined;

/** The SDK rendering of a tool's input schema. */
function inputJsonSchema(tool: CatalogTool): Record<string, unknown> {
  return sdkJsonSchema(tool.zod.schema);
}

/** The registry form of one catalogue tool. */
export function registryTool(tool: CatalogTool): RegistryTool {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: inputJsonSchema(tool),
    outputSchema: (outputJsonSchema ??= sdkJsonSchema(OUTPUT_ZOD.schema)),
    annotations: tool.annotations,
    execution: { taskSupport: 'forbidden' },
    _meta: { method: tool.method, path: tool.path, category: tool.category, alias: tool.alias },
  };
}

/** The registry's name and version: the API's title and version (the document's as a fallback). */
export function registryIdentity(model: SpecModel): { name: string; version: string } {
  return { name: model.api?.title ?? model.header?.name ?? 'API', version: model.api?.version ?? model.header?.version ?? '0.0.0' };
}

/** The whole registry document for a model; `categories` counts the listed endpoints, keys sorted. */
export function registryDocument(model: SpecModel, options: CatalogOptions = {}): Registry {
  const catalog = toolCatalog(model, options);
  const counts: Record<string, number> = {};
  for (const name of (model.api?.categories ?? []).map((c) => c.name).sort()) counts[name] = 0;
  for (const tool of catalog) counts[tool.category] = (counts[tool.category] ?? 0) + 1;
  return { ...registryIdentity(model), categories: counts, tools: catalog.map(registryTool) };
}
