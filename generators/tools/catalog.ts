/**
 * The tool catalogue: one MCP tool per listed API endpoint, with its portable name and dotted
 * alias (src/model/tool-names.ts), HTTP method (./methods.ts), annotations (./verbs.ts) and input
 * schema (./input-schemas.ts). Shared by the registry generator, the stub generator, `bolt mcp`
 * and the docs site. A name collision or an unusable name stops generation: nothing is truncated
 * or hashed.
 */
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { boltError } from '../../src/errors/index.js';
import type { Pos, SpecModel } from '../../src/model/schema.js';
import { assignToolNames } from '../../src/model/tool-names.js';
import { type JsonSchema, SchemaError, toZod, type ZodPair } from './json-schema-zod.js';
import { readToolSchemaDir } from '../../src/load/tool-schemas.js';
import type { RunMemo } from '../../src/memo.js';
import { defaultInputSchema, type InputSchemaSource, pathParams } from './input-schemas.js';
import { curlMethods, endpointMethod, type MethodSource } from './methods.js';
import { classify, type VerbClass } from './verbs.js';

/** One tool of the catalogue, in spec order. */
export interface CatalogTool {
  name: string;
  alias: string;
  title: string;
  description: string;
  category: string;
  method: string;
  methodSource: MethodSource;
  path: string;
  verb: VerbClass['id'];
  annotations: ToolAnnotations;
  /** The source JSON Schema and, when it came from `schemas/tools/`, its file. */
  input: InputSchemaSource;
  /** The same schema as zod (source text for the stub, live schema for the registry). */
  zod: ZodPair;
  pos?: Pos | undefined;
}

/** Options: the schema folder contents (defaults to the package's `schemas/tools/`). */
export interface CatalogOptions {
  /** Tool input schemas by name; default the package's own (`schemas/tools/`). */
  schemas?: Map<string, InputSchemaSource> | undefined;
  /** The run's memo: the registry, the stub and the docs site of one run share one catalogue. */
  memo?: RunMemo | undefined;
}

const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const where = (pos: Pos | undefined) => (pos ? { file: pos.file, line: pos.line, column: pos.column } : undefined);

function title(category: string, action: string): string {
  const label = /\d/.test(category) ? category : sentence(category);
  return `${label}: ${sentence(action.replace(/_/g, ' '))}`;
}

function convert(name: string, source: InputSchemaSource, pos: Pos | undefined): ZodPair {
  try {
    return toZod(source.schema);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    throw boltError('ToolSchemaUnsupported', { reason: error.message, tool: name, pointer: error.pointer || '/' }, { location: source.file ? { file: source.file } : where(pos) });
  }
}

/**
 * The catalogue of the model's unified API, in spec order. Built once per model and schema set
 * within a run (with `options.memo`): the registry, the stub and the docs site all ask for it,
 * and converting every tool's schema to zod is most of their cost. Callers get their own array;
 * the tools are shared and read-only.
 */
export function toolCatalog(model: SpecModel, options: CatalogOptions = {}): CatalogTool[] {
  const schemas = options.schemas ?? readToolSchemaDir();
  const memo = options.memo;
  if (!memo) return buildCatalog(model, schemas);
  const byModel = memo.get(schemas, 'tool-catalogues', () => new WeakMap<SpecModel, CatalogTool[]>());
  let tools = byModel.get(model);
  if (!tools) byModel.set(model, (tools = buildCatalog(model, schemas)));
  return [...tools];
}

function buildCatalog(model: SpecModel, schemas: Map<string, InputSchemaSource>): CatalogTool[] {
  const api = model.api;
  if (!api) return [];
  const curl = curlMethods(model, api.host);
  const tools: CatalogTool[] = [];
  // Names are unique by construction; clashes and long names are validate findings (api/tool-name-*).
  for (const { endpoint, name, alias } of assignToolNames(api.categories.flatMap((c) => c.endpoints))) {
    const { method, source } = endpointMethod(endpoint, curl);
    const verb = classify(endpoint.category, endpoint.path, method);
    const input = schemas.get(name) ?? { schema: defaultInputSchema(method, endpoint.path) };
    const declared = input.schema.properties as Record<string, JsonSchema> | undefined;
    const required = new Set((input.schema.required ?? []) as string[]);
    for (const param of pathParams(endpoint.path)) {
      if (!declared?.[param] || !required.has(param)) {
        throw boltError('ToolSchemaPathParam', { tool: name, param }, { location: input.file ? { file: input.file } : where(endpoint.pos) });
      }
    }
    const action = alias.slice(alias.indexOf('.') + 1);
    const summary = typeof input.schema.description === 'string' && input.file ? `${input.schema.description} ` : '';
    const tool: CatalogTool = {
      name,
      alias,
      title: title(endpoint.category, action),
      description: `${summary}Calls \`${method} ${endpoint.path}\` on the ${api.title}${api.host ? ` (${api.host})` : ''}.`,
      category: endpoint.category,
      method,
      methodSource: source,
      path: endpoint.path,
      verb: verb.id,
      annotations: { ...verb.hints },
      input,
      zod: convert(name, input, endpoint.pos),
      pos: endpoint.pos,
    };
    tools.push(tool);
  }
  return tools;
}
