/**
 * The YAML serializer for data outputs: `yaml`'s Document API with a leading comment, no line
 * folding, healthcheck commands in flow style, and double quotes on every string a YAML 1.1
 * reader (docker-compose 1.x uses PyYAML) could read as something else: `8001:8000` is a
 * base-60 integer there, `1.15` a float, `on` a boolean.
 */
import { Document, isScalar, isSeq, visit } from 'yaml';

const AMBIGUOUS_IN_YAML_1_1 = /^[-+]?[0-9][0-9_]*(?:[:.][0-9_]*)*(?:\/[a-z]+)?$|^[-+]?\.(?:inf|nan)$|^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

/** Keys whose list values read best on one line (`test: [CMD, redis-cli, ping]`). */
const FLOW_KEYS = new Set(['test']);

/** Serializes `value` as YAML with `comment` (`#` lines, without the `#`) on top. */
export function toYaml(value: unknown, comment: string): string {
  if (comment === '') {
    const fast = fastYaml(value);
    if (fast !== undefined) return fast;
  }
  return documentYaml(value, comment);
}

/** The `yaml` Document rendering, the reference `fastYaml` must match byte for byte. */
function documentYaml(value: unknown, comment: string): string {
  const doc = new Document(value);
  doc.commentBefore = comment;
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && AMBIGUOUS_IN_YAML_1_1.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The `#` lines `toYaml` puts on top for `comment` (empty for no comment): `toYaml(v, c) = yamlComment(c) + toYaml(v, '')`. */
export function yamlComment(comment: string): string {
  return comment === '' ? '' : toYaml(null, comment).slice(0, -'null\n'.length);
}

/*
 * The fast path. `yaml`'s Document API costs about 100 µs per compose service, most of the build
 * time for thousands of services, so plain maps of strings, numbers and string lists are written
 * here directly. Every scalar that is not trivially plain is formatted by `yaml` itself in the same
 * context (block value or flow item) and cached; anything else (multi-line strings, empty lists,
 * booleans, keys that are not simple names) gives up, and `toYaml` uses the Document rendering.
 */
const PLAIN_BLOCK = /^[A-Za-z_/][A-Za-z0-9_./@:+=-]*$/;
const PLAIN_FLOW = /^[A-Za-z_/][A-Za-z0-9_./@+=-]*$/;
const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const RESERVED_KEY = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
const UNQUOTED_INSIDE = /^[A-Za-z0-9_.:+/-]*$/;
const MAX_CACHED = 10_000;
const blockScalars = new Map<string, string | undefined>();
const flowScalars = new Map<string, string | undefined>();

class GiveUp extends Error {}

/** `s` as `yaml` writes it in `context`, or undefined when that takes more than one line. */
function viaDocument(s: string, flow: boolean): string | undefined {
  const cache = flow ? flowScalars : blockScalars;
  if (cache.has(s)) return cache.get(s);
  const text = flow ? documentYaml({ test: [s] }, '') : documentYaml({ k: s }, '');
  const prefix = flow ? 'test: [' : 'k: ';
  const suffix = flow ? ']\n' : '\n';
  const inner = text.startsWith(prefix) && text.endsWith(suffix) ? text.slice(prefix.length, -suffix.length) : undefined;
  const result = inner !== undefined && !inner.includes('\n') ? inner : undefined;
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(s, result);
  return result;
}

function scalar(value: unknown, flow: boolean): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string') throw new GiveUp();
  if (AMBIGUOUS_IN_YAML_1_1.test(value) && UNQUOTED_INSIDE.test(value)) return `"${value}"`;
  if (!AMBIGUOUS_IN_YAML_1_1.test(value) && !value.endsWith(':') && (flow ? PLAIN_FLOW : PLAIN_BLOCK).test(value)) return value;
  const text = viaDocument(value, flow);
  if (text === undefined) throw new GiveUp();
  return text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function writeMap(map: Record<string, unknown>, indent: string, lines: string[]): void {
  for (const [key, value] of Object.entries(map)) {
    if (!SIMPLE_KEY.test(key) || RESERVED_KEY.test(key)) throw new GiveUp();
    if (Array.isArray(value)) {
      if (value.length === 0) throw new GiveUp();
      if (FLOW_KEYS.has(key)) {
        lines.push(`${indent}${key}: [${value.map((v) => scalar(v, true)).join(', ')}]`);
      } else {
        lines.push(`${indent}${key}:`);
        for (const v of value) lines.push(`${indent}  - ${scalar(v, false)}`);
      }
    } else if (isPlainObject(value)) {
      if (Object.keys(value).length === 0) {
        lines.push(`${indent}${key}: {}`);
      } else {
        lines.push(`${indent}${key}:`);
        writeMap(value, `${indent}  `, lines);
      }
    } else {
      lines.push(`${indent}${key}: ${scalar(value, false)}`);
    }
  }
}

/** `value` as the Document rendering writes it, or undefined when it is not a shape handled here. */
function fastYaml(value: unknown): string | undefined {
  if (!isPlainObject(value) || Object.keys(value).length === 0) return undefined;
  const lines: string[] = [];
  try {
    writeMap(value, '', lines);
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
  return `${lines.join('\n')}\n`;
}
