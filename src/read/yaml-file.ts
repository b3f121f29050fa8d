/**
 * YAML files validated against a JSON Schema (versions.lock, bolt.config.yaml): parsed with
 * `yaml`'s parseDocument + LineCounter so every error points at its node, validated with ajv
 * (allErrors), and the first error turned into one exit-2 sentence.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node as YamlNode, parseDocument, type YAMLMap } from 'yaml';
import { boltError, type BoltError } from '../errors/index.js';
import type { Pos } from '../model/schema.js';
import { packagePath } from '../paths.js';

const validators = new Map<string, ValidateFunction>();
const requireCjs = createRequire(import.meta.url);

/** The validator `scripts/gen-validators.mjs` precompiled for this schema text, if it is current. */
function precompiled(name: string, text: string): ValidateFunction | undefined {
  const file = packagePath('dist', 'validators', `${name}.cjs`);
  if (!existsSync(file)) return undefined;
  const mod = requireCjs(file) as ValidateFunction & { schemaHash?: string };
  return mod.schemaHash === createHash('sha256').update(text).digest('hex') ? mod : undefined;
}

/** The validator for a schema under `schemas/`: precompiled at build time, else compiled here once. */
export function schemaValidator(name: string): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    const text = readFileSync(packagePath('schemas', name), 'utf8');
    v = precompiled(name, text);
    if (!v) {
      // Loaded only when no current precompiled validator exists (sources under test, edited schemas).
      const { Ajv2020 } = requireCjs('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
      v = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(text) as object);
    }
    validators.set(name, v);
  }
  return v;
}

/** A parsed YAML file with a way to locate any path in it. */
export interface YamlFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  value: unknown;
  /** The position of the node at `path` (or of its nearest existing parent). */
  pos(path: readonly (string | number)[], key?: boolean): Pos;
  /** The node at `path`, by indexed lookup. */
  nodeAt(path: readonly (string | number)[]): unknown;
}

type Pair = { key: unknown; value: unknown };

/**
 * Key → pair of every map, built on first use. yaml's own lookups (`getIn`, its duplicate-key
 * check) scan a map's items, which makes a 20,000-pin lock quadratic; this keeps it linear.
 */
class MapIndex {
  private readonly index = new WeakMap<object, Map<string, Pair>>();

  pairs(map: YAMLMap): Map<string, Pair> {
    let found = this.index.get(map);
    if (!found) {
      found = new Map();
      for (const pair of map.items) if (isScalar(pair.key) && !found.has(String(pair.key.value))) found.set(String(pair.key.value), pair);
      this.index.set(map, found);
    }
    return found;
  }

  /** The node at `path` (map keys and sequence indexes), or undefined. */
  nodeAt(doc: Document.Parsed, path: readonly (string | number)[]): unknown {
    let node: unknown = doc.contents;
    for (const step of path) {
      if (isMap(node)) node = this.pairs(node).get(String(step))?.value;
      else if (isSeq(node)) node = node.items[Number(step)];
      else return undefined;
    }
    return node;
  }
}

/** The first key that appears twice in a map, anywhere in the document. */
function duplicateKey(node: unknown): { key: YamlNode } | undefined {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (isScalar(pair.key)) {
        const k = String(pair.key.value);
        if (seen.has(k)) return pair as { key: YamlNode };
        seen.add(k);
      }
      const inner = duplicateKey(pair.value);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const inner = duplicateKey(item);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Parses YAML text; syntax errors and duplicate keys are exit-2 errors at their line and column. */
export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    throw boltError('YamlSyntax', { reason: error.message.split('\n')[0]! }, { location: { file, line: at.line, column: at.col } });
  }
  const dup = duplicateKey(doc.contents);
  if (dup) {
    const at = lineCounter.linePos(dup.key.range?.[0] ?? 0);
    throw boltError('YamlDuplicateKey', { key: String((dup.key as { value?: unknown }).value) }, { location: { file, line: at.line, column: at.col } });
  }
  const range = (r: [number, number, number?] | null | undefined): Pos => {
    const a = lineCounter.linePos(r?.[0] ?? 0);
    const b = lineCounter.linePos(r?.[1] ?? 0);
    return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  const index = new MapIndex();
  return {
    file,
    text,
    doc,
    value: doc.toJS() as unknown,
    nodeAt: (path) => index.nodeAt(doc, path),
    pos(path, key = false) {
      for (let n = path.length; n >= 0; n--) {
        const sub = path.slice(0, n);
        if (key && n === path.length && n > 0) {
          const parent = index.nodeAt(doc, sub.slice(0, -1));
          const pair = isMap(parent) ? index.pairs(parent).get(String(sub.at(-1))) : undefined;
          if (pair && isScalar(pair.key) && pair.key.range) return range(pair.key.range);
        }
        const node = index.nodeAt(doc, sub) as YamlNode | null | undefined;
        if (node && typeof node === 'object' && 'range' in node && node.range) return range(node.range);
      }
      return range(null);
    },
  };
}

function pathOf(error: ErrorObject): string[] {
  return error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a path of the parsed document (the one ajv saw). */
function valueAt(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

/** The JSON Schema name of a value's type, as ajv's `type` keyword says what it expected (`null`, `array`, `object`…). */
function jsonType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** One ajv error as a sentence, positioned at its node. */
function describe(y: YamlFile, error: ErrorObject): BoltError {
  const path = pathOf(error);
  const where = path.length > 0 ? `\`${path.join('.')}\`` : 'the document';
  const node = path.length > 0 ? y.nodeAt(path) : undefined;
  const source = isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  const p = y.pos(path);
  const location = { file: y.file, line: p.line, column: p.column };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      if (params.type === 'string' && isScalar(node) && typeof node.value === 'number') {
        const written = source ?? String(node.value);
        return boltError('YamlNumberForString', { written, where }, {
          location,
          hint: `quote it: "${written}" (YAML reads ${written} as the number ${String(node.value)}${written !== String(node.value) ? ', losing digits' : ''})`,
        });
      }
      return boltError('YamlWrongType', { got: jsonType(valueAt(y.value, path)), where, expected: String(params.type) }, { location });
    case 'required':
      return boltError('YamlMissingKey', { key: String(params.missingProperty), where }, { location });
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const kp = y.pos([...path, extra], true);
      return boltError('YamlUnknownKey', { key: extra, where }, { location: { file: y.file, line: kp.line, column: kp.column } });
    }
    case 'pattern':
      return boltError('YamlPatternMismatch', { value: String(y.doc.getIn(path)), where, pattern: String(params.pattern) }, { location });
    case 'const':
      return boltError('YamlConstMismatch', { value: String(y.doc.getIn(path)), where, expected: String(params.allowedValue) }, { location });
    case 'enum':
      return boltError('YamlEnumMismatch', { value: String(y.doc.getIn(path)), where, choices: (params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ') }, { location });
    default:
      return boltError('YamlInvalidValue', { where, reason: error.message ?? error.keyword }, { location });
  }
}

/** Validates a parsed YAML file against `schemas/<schema>`; the first error throws (exit 2). */
export function validateYaml(y: YamlFile, schema: string): void {
  const validate = schemaValidator(schema);
  if (validate(y.value)) return;
  const errors = [...(validate.errors ?? [])];
  // The most specific error first: deepest path, then `type` before the rest.
  errors.sort((a, b) => pathOf(b).length - pathOf(a).length || (a.keyword === 'type' ? -1 : b.keyword === 'type' ? 1 : 0));
  throw describe(y, errors[0]!);
}
