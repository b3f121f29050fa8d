/**
 * Secrets Management: a bash block of `# Group` comments and `KEY=value` lines under an H3 that
 * names the env file, and the Vault H3's bullets. The text arrives redacted (src/load/redact.ts):
 * a literal secret reads as `•••••` or `sk_live_•••`, and `literalKind` still says what it was.
 */
import type { Code } from 'mdast';
import type { KeyValue, Secrets } from '../../model/schema.js';
import { isPlaceholder, isReference, isSensitiveKey, literalKind, splitEnvComment, unquote } from '../../model/secret-values.js';
import type { ChunkContext } from '../context.js';
import { codeLinePos, groupByH3, keyValueItems, qualifierOf, stripInline } from '../mdast.js';
import type { Extractor } from './types.js';
import { normalizeTitle } from '../../model/sections.js';

function readEnv(code: Code, ctx: ChunkContext, secrets: Secrets): void {
  let group = secrets.groups.at(-1)?.name ?? 'General';
  code.value.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (t === '') return;
    const lead = line.length - line.trimStart().length;
    const comment = /^#\s*(.*)$/.exec(t);
    if (comment) {
      group = comment[1]!.trim();
      secrets.groups.push({ name: group, pos: codeLinePos(code, ctx, i, lead, line.length) });
      return;
    }
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(t);
    if (!m) {
      ctx.unparsed(codeLinePos(code, ctx, i, lead, line.length), 'Unexpected line in the environment block, expected `KEY=value` or `# Group`');
      return;
    }
    const key = m[1]!;
    const { value: raw, note } = splitEnvComment(m[2]!.trim());
    const valueAt = line.indexOf('=', lead) + 1 + (m[2]!.length - m[2]!.trimStart().length);
    const literal = literalKind(key, raw);
    const value = unquote(raw);
    if (!secrets.groups.some((g) => g.name === group)) secrets.groups.push({ name: group });
    secrets.keys.push({
      key,
      value,
      placeholder: literal ? false : isPlaceholder(value) || isReference(value),
      sensitive: isSensitiveKey(key),
      group,
      pos: codeLinePos(code, ctx, i, lead, line.length),
      valuePos: codeLinePos(code, ctx, i, valueAt, valueAt + raw.length),
      ...(literal ? { literal } : {}),
      ...(note !== undefined ? { comment: note } : {}),
    });
  });
}

export const extractSecrets: Extractor = ({ heading, nodes, ctx, model }) => {
  const secrets = (model.secrets ??= { title: '', groups: [], keys: [], pos: ctx.pos(heading) });
  for (const group of groupByH3(nodes, ctx)) {
    if (normalizeTitle(group.title).includes('vault')) {
      const vault = { title: group.title, ...qualifierOf(group), planned: group.planned, fields: [] as KeyValue[], pos: ctx.pos(group.heading) };
      for (const node of group.nodes) {
        if (node.type === 'list') vault.fields.push(...keyValueItems(node, ctx, '`Key: value`'));
        else ctx.unparsed(node, `Unexpected \`${node.type}\` in the Vault group, expected \`Key: value\` bullets`);
      }
      secrets.vault = vault;
      continue;
    }
    if (!secrets.title) {
      secrets.title = group.title;
      if (group.qualifier) secrets.envFile = stripInline(group.qualifier);
    }
    for (const node of group.nodes) {
      if (node.type === 'code') readEnv(node, ctx, secrets);
      else ctx.unparsed(node, `Unexpected \`${node.type}\` in Secrets Management, expected a \`bash\` block of \`KEY=value\` lines`);
    }
  }
};
