/**
 * JSON Schema (the draft-07 subset tool input schemas use) → zod, twice from the same branch: as
 * TypeScript source for the generated stub and as a live zod schema. The registry's `inputSchema`
 * is the SDK's own rendering of the live schema, so `tools/list` of the stub equals registry.json.
 * Unsupported keywords are errors (never silently dropped); every property needs a `description`
 * because the stub's fields carry `.describe()`.
 */
import * as z from 'zod';

/** A JSON Schema node as read from a file. */
export type JsonSchema = { [key: string]: unknown };

/** A converted schema: its zod source text and the equivalent live schema. */
export interface ZodPair {
  code: string;
  schema: z.ZodType;
}

/** A schema the converter cannot express, with a JSON pointer to the node. */
export class SchemaError extends Error {
  constructor(
    message: string,
    readonly pointer: string,
  ) {
    super(message);
    this.name = 'SchemaError';
  }
}

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'examples', 'default']);
const KEYWORDS: Record<string, readonly string[]> = {
  object: ['type', 'properties', 'required', 'additionalProperties'],
  array: ['type', 'items', 'minItems', 'maxItems'],
  string: ['type', 'minLength', 'maxLength', 'pattern', 'enum'],
  number: ['type', 'minimum', 'maximum'],
  integer: ['type', 'minimum', 'maximum'],
  boolean: ['type'],
  null: ['type'],
  enum: ['enum'],
  const: ['const'],
  anyOf: ['anyOf'],
  any: [],
};

const str = (v: unknown): string => JSON.stringify(v);

function check(node: JsonSchema, kind: string, pointer: string): void {
  for (const key of Object.keys(node)) {
    if (ANNOTATIONS.has(key) || KEYWORDS[kind]!.includes(key)) continue;
    throw new SchemaError(`Unexpected keyword \`${key}\` for a \`${kind}\` schema, expected one of ${KEYWORDS[kind]!.map((k) => `\`${k}\``).join(', ') || 'annotations only'}`, pointer);
  }
}

function num(node: JsonSchema, key: string, pointer: string): number | undefined {
  const v = node[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number') throw new SchemaError(`Unexpected \`${key}\` ${str(v)}, expected a number`, `${pointer}/${key}`);
  return v;
}

function literalUnion(values: unknown[], pointer: string): ZodPair {
  if (values.length === 0) throw new SchemaError('Unexpected empty `enum`, expected at least one value', pointer);
  if (values.every((v) => typeof v === 'string')) {
    const list = values as string[];
    return { code: `z.enum(${str(list)})`, schema: z.enum(list as [string, ...string[]]) };
  }
  const lits = values.map((v): ZodPair => {
    if (v !== null && typeof v === 'object') throw new SchemaError(`Unexpected enum value ${str(v)}, expected a scalar`, pointer);
    return { code: `z.literal(${str(v)})`, schema: z.literal(v as string | number | boolean | null) };
  });
  if (lits.length === 1) return lits[0]!;
  return { code: `z.union([${lits.map((l) => l.code).join(', ')}])`, schema: z.union(lits.map((l) => l.schema) as [z.ZodType, z.ZodType]) };
}

function objectPair(node: JsonSchema, pointer: string, depth: number): ZodPair {
  const props = (node.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((node.required ?? []) as string[]);
  for (const r of required) if (!(r in props)) throw new SchemaError(`Unexpected required \`${r}\`, expected a key of \`properties\``, `${pointer}/required`);
  const pad = '  '.repeat(depth + 1);
  const codes: string[] = [];
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of Object.entries(props)) {
    const at = `${pointer}/properties/${key}`;
    if (typeof child.description !== 'string' || child.description.trim() === '') {
      throw new SchemaError(`Unexpected property \`${key}\` without a \`description\`, expected every input field to be described`, at);
    }
    const inner = toZod(child, at, depth + 1, false);
    const optional = !required.has(key);
    codes.push(`${pad}${str(key)}: ${inner.code}${optional ? '.optional()' : ''}.describe(${str(child.description)}),`);
    shape[key] = (optional ? inner.schema.optional() : inner.schema).describe(child.description);
  }
  const body = codes.length ? `{\n${codes.join('\n')}\n${'  '.repeat(depth)}}` : '{}';
  const extra = node.additionalProperties;
  if (extra === false) return { code: `z.strictObject(${body})`, schema: z.strictObject(shape) };
  if (extra === undefined || extra === true) return { code: `z.looseObject(${body})`, schema: z.looseObject(shape) };
  if (typeof extra !== 'object' || extra === null) throw new SchemaError('Unexpected `additionalProperties`, expected a boolean or a schema', `${pointer}/additionalProperties`);
  const rest = toZod(extra as JsonSchema, `${pointer}/additionalProperties`, depth + 1);
  return { code: `z.object(${body}).catchall(${rest.code})`, schema: z.object(shape).catchall(rest.schema) };
}

function arrayPair(node: JsonSchema, pointer: string, depth: number): ZodPair {
  const items = node.items;
  if (Array.isArray(items)) {
    const parts = items.map((item, i) => toZod(item as JsonSchema, `${pointer}/items/${i}`, depth));
    return { code: `z.tuple([${parts.map((p) => p.code).join(', ')}])`, schema: z.tuple(parts.map((p) => p.schema) as [z.ZodType]) };
  }
  const item = items === undefined ? { code: 'z.unknown()', schema: z.unknown() } : toZod(items as JsonSchema, `${pointer}/items`, depth);
  let code = `z.array(${item.code})`;
  let schema = z.array(item.schema);
  const min = num(node, 'minItems', pointer);
  const max = num(node, 'maxItems', pointer);
  if (min !== undefined) [code, schema] = [`${code}.min(${min})`, schema.min(min)];
  if (max !== undefined) [code, schema] = [`${code}.max(${max})`, schema.max(max)];
  return { code, schema };
}

function scalarPair(node: JsonSchema, type: string, pointer: string): ZodPair {
  if (type === 'string') {
    if (Array.isArray(node.enum)) return literalUnion(node.enum, pointer);
    let code = 'z.string()';
    let schema = z.string();
    const min = num(node, 'minLength', pointer);
    const max = num(node, 'maxLength', pointer);
    if (min !== undefined) [code, schema] = [`${code}.min(${min})`, schema.min(min)];
    if (max !== undefined) [code, schema] = [`${code}.max(${max})`, schema.max(max)];
    if (typeof node.pattern === 'string') [code, schema] = [`${code}.regex(new RegExp(${str(node.pattern)}))`, schema.regex(new RegExp(node.pattern))];
    return { code, schema };
  }
  if (type === 'number' || type === 'integer') {
    let code = type === 'integer' ? 'z.number().int()' : 'z.number()';
    let schema = type === 'integer' ? z.number().int() : z.number();
    const min = num(node, 'minimum', pointer);
    const max = num(node, 'maximum', pointer);
    if (min !== undefined) [code, schema] = [`${code}.min(${min})`, schema.min(min)];
    if (max !== undefined) [code, schema] = [`${code}.max(${max})`, schema.max(max)];
    return { code, schema };
  }
  if (type === 'boolean') return { code: 'z.boolean()', schema: z.boolean() };
  return { code: 'z.null()', schema: z.null() };
}

/**
 * Converts one schema node; `pointer` locates it for error messages. Its `description` becomes
 * `.describe()` unless the caller applies it (properties: after `.optional()`).
 */
export function toZod(node: JsonSchema, pointer = '', depth = 0, describe = true): ZodPair {
  const pair = convertNode(node, pointer, depth);
  if (!describe || typeof node?.description !== 'string') return pair;
  return { code: `${pair.code}.describe(${str(node.description)})`, schema: pair.schema.describe(node.description) };
}

function convertNode(node: JsonSchema, pointer: string, depth: number): ZodPair {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) throw new SchemaError('Unexpected schema, expected an object', pointer);
  if ('const' in node) {
    check(node, 'const', pointer);
    return literalUnion([node.const], pointer);
  }
  if (Array.isArray(node.anyOf)) {
    check(node, 'anyOf', pointer);
    const parts = node.anyOf.map((n, i) => toZod(n as JsonSchema, `${pointer}/anyOf/${i}`, depth));
    if (parts.length < 2) throw new SchemaError('Unexpected `anyOf` with fewer than two schemas', pointer);
    return { code: `z.union([${parts.map((p) => p.code).join(', ')}])`, schema: z.union(parts.map((p) => p.schema) as [z.ZodType, z.ZodType]) };
  }
  const type = node.type;
  if (Array.isArray(type)) {
    if (type.length === 1) return convertNode({ ...node, type: type[0] }, pointer, depth);
    const rest = Object.entries(node).filter(([k]) => k !== 'type' && !ANNOTATIONS.has(k));
    const keysOf = (t: unknown): readonly string[] => (typeof t === 'string' && KEYWORDS[t]) || [];
    for (const [k] of rest) {
      if (!type.some((t) => keysOf(t).includes(k))) throw new SchemaError(`Unexpected keyword \`${k}\` for types ${str(type)}`, pointer);
    }
    const branches = type.map((t) => ({ type: t, ...Object.fromEntries(rest.filter(([k]) => keysOf(t).includes(k))) }));
    return convertNode({ anyOf: branches }, pointer, depth);
  }
  if (type === undefined) {
    if (Array.isArray(node.enum)) {
      check(node, 'enum', pointer);
      return literalUnion(node.enum, pointer);
    }
    check(node, 'any', pointer);
    return { code: 'z.unknown()', schema: z.unknown() };
  }
  if (typeof type !== 'string' || !(type in KEYWORDS) || ['enum', 'const', 'anyOf', 'any'].includes(type)) {
    throw new SchemaError(`Unexpected type ${str(type)}, expected object, array, string, number, integer, boolean or null`, `${pointer}/type`);
  }
  check(node, type, pointer);
  if (type === 'object') return objectPair(node, pointer, depth);
  if (type === 'array') return arrayPair(node, pointer, depth);
  return scalarPair(node, type, pointer);
}

/** The SDK's JSON Schema rendering of a zod schema, exactly as `tools/list` emits it. */
export function sdkJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
}
