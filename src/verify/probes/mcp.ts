/**
 * `mcp`: the MCP endpoint over Streamable HTTP with the SDK client — initialize, `tools/list`
 * (all pages) — and the tool names compared with `registry.json` (missing / unexpected).
 */
import { networkFetch, TlsRejectedError } from '../http-client.js';
import type { CheckPlan, Outcome } from '../types.js';

/** The registry to compare with: its tool names, or why there is none. */
export type RegistryTools = { file: string; names: string[] } | { file: string; missing: string };

function list(names: string[], max = 5): string {
  const shown = names.slice(0, max).map((n) => `\`${n}\``).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** Compares listed tool names with the registry's; empty when they agree. */
export function toolDifferences(registry: string[], listed: string[]): string[] {
  const have = new Set(listed);
  const want = new Set(registry);
  const missing = registry.filter((n) => !have.has(n));
  const unexpected = listed.filter((n) => !want.has(n));
  const out: string[] = [];
  if (missing.length > 0) out.push(`missing ${missing.length} registry tools: ${list(missing)}`);
  if (unexpected.length > 0) out.push(`unexpected ${unexpected.length} tools not in the registry: ${list(unexpected)}`);
  return out;
}

/** The `mcp` check of an endpoint URL. */
export function mcpCheck(url: string, registry: RegistryTools, dependsOn: string[], source?: string): CheckPlan {
  const parsed = new URL(url);
  return {
    id: `mcp ${url}`,
    kind: 'mcp',
    target: url,
    title: 'initialize and tools/list agree with registry.json',
    dependsOn,
    source,
    endpoint: { host: parsed.hostname, port: parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80 },
    async run(ctx): Promise<Outcome> {
      if ('missing' in registry) return { status: 'skip', detail: registry.missing };
      const [{ Client }, { StreamableHTTPClientTransport }] = await Promise.all([
        import('@modelcontextprotocol/sdk/client/index.js'),
        import('@modelcontextprotocol/sdk/client/streamableHttp.js'),
      ]);
      const transport = new StreamableHTTPClientTransport(parsed, { fetch: networkFetch(ctx.net, ctx.signal) });
      const client = new Client({ name: 'bolt-verify', version: '1' }, { capabilities: {} });
      // The run's own timeout (the signal) fires first; the SDK's is only a backstop.
      const options = { signal: ctx.signal, timeout: ctx.timeoutMs + 1000 };
      try {
        await client.connect(transport, options);
        const names: string[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < 100; page++) {
          const result = await client.listTools(cursor ? { cursor } : undefined, options);
          names.push(...result.tools.map((t) => t.name));
          cursor = result.nextCursor;
          if (!cursor) break;
        }
        const server = client.getServerVersion();
        const who = server ? `${server.name} ${server.version}` : 'server';
        const diff = toolDifferences(registry.names, names);
        const expected = `${registry.names.length} tools of ${registry.file}`;
        if (diff.length > 0) return { status: 'fail', detail: diff.join('; '), expected, actual: `${names.length} tools listed` };
        return { status: 'pass', detail: `${who}: ${names.length} tools, as in ${registry.file}`, expected, actual: `${names.length} tools listed` };
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        const cause = (error as { cause?: unknown }).cause;
        if (error instanceof TlsRejectedError) return { status: 'fail', detail: error.message };
        if (cause instanceof TlsRejectedError) return { status: 'fail', detail: cause.message };
        if ((error as { code?: unknown }).code !== undefined && typeof (error as { code?: unknown }).code === 'string') throw error;
        return { status: 'fail', detail: `MCP: ${(error as Error).message}`, expected: 'initialize + tools/list', actual: (error as Error).message };
      } finally {
        await client.close().catch(() => undefined);
      }
    },
  };
}
