/**
 * The MCP tool catalogue the API page shows: taken from the `registry` generator's
 * `registry.json` (the same file the platform serves), or — while that generator yields nothing —
 * derived from the endpoints the spec lists, with a note saying so.
 */
import { registry } from '../../generators/registry.js';
import type { GeneratorInput } from '../../generators/types.js';
import type { SpecModel } from '../model/schema.js';
import { assignToolNames } from '../model/tool-names.js';

/** One property row of a tool's input schema. */
export interface SchemaRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** A tool as the docs render it. */
export interface DocTool {
  name: string;
  title: string;
  description: string;
  method: string;
  path: string;
  category: string;
  alias: string;
  inputs: SchemaRow[];
  /** `readOnlyHint: true`, … as sorted key/value pairs. */
  annotations: { key: string; value: string }[];
}

/** The catalogue and where it came from. */
export interface ToolCatalog {
  source: 'registry' | 'endpoints';
  tools: DocTool[];
}

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v));

function typeOf(schema: JsonObject): string {
  if (Array.isArray(schema.enum)) return `enum: ${schema.enum.map((e) => JSON.stringify(e)).join(' | ')}`;
  const t = schema.type;
  if (Array.isArray(t)) return t.join(' | ');
  if (t === 'array' && isObject(schema.items)) return `array of ${typeOf(schema.items)}`;
  return typeof t === 'string' ? t : 'any';
}

/** Flattens an object schema into rows; nested object properties get dotted names. */
export function schemaRows(schema: unknown, prefix = '', depth = 0): SchemaRow[] {
  if (!isObject(schema) || !isObject(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  return Object.entries(schema.properties).flatMap(([key, sub]) => {
    const s = isObject(sub) ? sub : {};
    const row: SchemaRow = { name: `${prefix}${key}`, type: typeOf(s), required: required.has(key), description: str(s.description) };
    return [row, ...(depth < 3 ? schemaRows(s, `${prefix}${key}.`, depth + 1) : [])];
  });
}

function fromRegistryTool(tool: JsonObject): DocTool {
  const meta = isObject(tool._meta) ? tool._meta : {};
  const annotations = isObject(tool.annotations) ? tool.annotations : {};
  return {
    name: str(tool.name),
    title: str(tool.title ?? (isObject(tool.annotations) ? tool.annotations.title : undefined)),
    description: str(tool.description),
    method: str(meta.method),
    path: str(meta.path),
    category: str(meta.category),
    alias: str(meta.alias),
    inputs: schemaRows(tool.inputSchema),
    annotations: Object.keys(annotations)
      .sort()
      .map((key) => ({ key, value: str(annotations[key]) })),
  };
}

/** Tools from `registry.json`, falling back to the spec's endpoint list. */
export function toolCatalog(input: GeneratorInput): ToolCatalog {
  const file = registry.generate(input).find((f) => f.path === 'registry.json');
  if (file) {
    const parsed: unknown = JSON.parse(file.contents);
    if (isObject(parsed) && Array.isArray(parsed.tools)) {
      return { source: 'registry', tools: parsed.tools.filter(isObject).map(fromRegistryTool) };
    }
  }
  return { source: 'endpoints', tools: endpointTools(input.model) };
}

/** One tool per listed endpoint, with only what the spec states. */
export function endpointTools(model: SpecModel): DocTool[] {
  return assignToolNames((model.api?.categories ?? []).flatMap((c) => c.endpoints)).map(({ endpoint: e, name, alias }) => ({
    name,
    title: '',
    description: '',
    method: e.method ?? '',
    path: e.path,
    category: e.category,
    alias,
    inputs: [],
    annotations: [],
  }));
}
