/**
 * The YAML serializer for data outputs: `yaml`'s Document API with a leading comment, no line
 * folding, healthcheck commands in flow style, and double quotes on every string a YAML 1.1
 * reader (docker-compose 1.x uses PyYAML) could read as something else: `8001:8000` is a
 * base-60 integer there, `1.15` a float, `on` a boolean. A string that starts with `:` or `?`
 * (`--console-address :9001`) is also quoted: YAML 1.2 reads it as a plain scalar, but PyYAML's
 * scanner refuses one in a flow sequence ("expected the node content, but found ':'"; its
 * `check_plain` allows `:`/`?` first only outside flow context).
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';

const AMBIGUOUS_IN_YAML_1_1 = /^[-+]?[0-9][0-9_]*(?:[:.][0-9_]*)*(?:\/[a-z]+)?$|^[-+]?\.(?:inf|nan)$|^(?:y|n|yes|no|on|off|true|false|null|~)$|^[:?]/i;

/** Keys whose list values read best on one line (`test: [CMD, redis-cli, ping]`). */
const FLOW_KEYS = new Set(['test', 'command', 'entrypoint']);

/**
 * Serializes `value` as YAML with `comment` (`#` lines, without the `#`) on top, and `notes[name]`
 * above the key `name` of the top-level `services` map (a Compose service's provenance).
 */
export function toYaml(value: unknown, comment: string, notes: Record<string, string[]> = {}): string {
  const doc = new Document(value);
  doc.commentBefore = comment;
  const services = doc.get('services');
  if (isMap(services)) {
    for (const pair of services.items) {
      const lines = isScalar(pair.key) ? notes[String(pair.key.value)] : undefined;
      if (lines && lines.length > 0 && isScalar(pair.key)) pair.key.commentBefore = lines.map((l) => ` ${l.replace(/[\r\n]+/g, ' ')}`).join('\n');
    }
  }
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
