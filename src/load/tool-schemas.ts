/**
 * Tool input schemas on disk: `schemas/tools/<tool name>.json` of the spec repository (or the
 * folder `toolSchemas:` in bolt.config.yaml names) over the package's own (real ones ship for
 * Odoo's endpoints). Read afresh on every call: a run reads them once and passes them down, so an
 * edited schema is seen by the next run of `bolt watch` or `bolt mcp`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { boltError } from '../errors/index.js';
import { packagePath } from '../paths.js';

/** A tool's input schema (a JSON Schema object) and the file it was read from. */
export interface ToolSchemaFile {
  schema: { type: 'object' } & Record<string, unknown>;
  file: string;
}

/** The folder of packaged tool schemas. */
export const TOOL_SCHEMA_DIR = packagePath('schemas', 'tools');

/** Every `<name>.json` in `dir`, by tool name. */
export function readToolSchemaDir(dir: string = TOOL_SCHEMA_DIR): Map<string, ToolSchemaFile> {
  const found = new Map<string, ToolSchemaFile>();
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = join(dir, entry);
    let schema: unknown;
    try {
      schema = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw boltError('ToolSchemaSyntax', { reason: (error as Error).message }, { location: { file } });
    }
    if (typeof schema !== 'object' || schema === null || (schema as { type?: unknown }).type !== 'object') {
      throw boltError('ToolSchemaNotObject', {}, { location: { file } });
    }
    found.set(entry.slice(0, -'.json'.length), { schema: schema as ToolSchemaFile['schema'], file });
  }
  return found;
}

/**
 * The schemas a spec repository's build uses: the package's, overridden tool by tool by the
 * repository's `schemas/tools/` (or `dir`, which must then exist).
 */
export function readToolSchemas(cwd: string, dir?: string): Map<string, ToolSchemaFile> {
  const packaged = readToolSchemaDir();
  const own = resolve(cwd, dir ?? join('schemas', 'tools'));
  if (dir !== undefined && !existsSync(own)) {
    throw boltError('ToolSchemaFolderMissing', { dir }, { location: { file: 'bolt.config.yaml' } });
  }
  if (own === TOOL_SCHEMA_DIR || !existsSync(own)) return packaged;
  return new Map([...packaged, ...readToolSchemaDir(own)]);
}
