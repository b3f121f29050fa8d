/**
 * The verb table: what an endpoint's action word says about the tool (MCP annotations) and which
 * HTTP method to assume when neither the spec nor a curl example names one. Every hint is set on
 * purpose rather than left to the protocol's pessimistic defaults (documented in docs/mcp.md).
 */
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { toolAction } from '../../src/model/tool-names.js';

/** A kind of action, with its four hints and default method. */
export interface VerbClass {
  id: 'read' | 'create' | 'update' | 'delete' | 'execute';
  verbs: readonly string[];
  method: 'GET' | 'POST';
  hints: Required<Pick<ToolAnnotations, 'readOnlyHint' | 'destructiveHint' | 'idempotentHint' | 'openWorldHint'>>;
}

/**
 * Reads change nothing (even when sent as POST, as Odoo's `search_read` is); updates and deletes
 * overwrite or remove data but repeating them changes nothing more; creates add a record each
 * time; executes run arbitrary methods or reach outside (messages, workflows), so nothing is
 * promised about them. Tools talk to the organisation's own systems, hence `openWorldHint: false`
 * except for executes.
 */
export const VERB_TABLE: readonly VerbClass[] = [
  {
    id: 'read',
    // Not `root`: a category's root path (`/items`) names no action, so its method decides (`POST /items` creates).
    verbs: ['search', 'read', 'query', 'list', 'get', 'fetch', 'find', 'count', 'health', 'status', 'registry', 'info', 'version', 'export'],
    method: 'GET',
    hints: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  },
  {
    id: 'delete',
    verbs: ['unlink', 'delete', 'remove', 'destroy', 'purge', 'drop'],
    method: 'POST',
    hints: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  },
  {
    id: 'update',
    verbs: ['write', 'update', 'patch', 'set', 'edit', 'upsert', 'rename', 'replace'],
    method: 'POST',
    hints: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  },
  {
    id: 'create',
    verbs: ['create', 'insert', 'add', 'new', 'register', 'upload', 'import'],
    method: 'POST',
    hints: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  },
  {
    id: 'execute',
    verbs: ['call', 'execute', 'run', 'trigger', 'invoke', 'send', 'notify'],
    method: 'POST',
    hints: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
  },
];

const byId = (id: VerbClass['id']): VerbClass => VERB_TABLE.find((c) => c.id === id)!;

/** The class of the first word of the action that the table knows (`search_read` → read). */
export function verbClassOf(category: string, path: string): VerbClass | undefined {
  for (const word of toolAction(category, path).split('_')) {
    const found = VERB_TABLE.find((c) => c.verbs.includes(word));
    if (found) return found;
  }
  return undefined;
}

/** The class for an endpoint: its verb, else its method (a noun such as `/contacts` takes the method's meaning). */
export function classify(category: string, path: string, method: string): VerbClass {
  const verb = verbClassOf(category, path);
  if (verb) return verb;
  if (method === 'DELETE') return byId('delete');
  if (method === 'PUT' || method === 'PATCH') return byId('update');
  if (method === 'POST') return byId('create');
  return byId('read');
}

/** The method to assume when the spec names none: the verb's, else GET. */
export function defaultMethod(category: string, path: string): string {
  return verbClassOf(category, path)?.method ?? 'GET';
}
