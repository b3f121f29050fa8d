/**
 * The model's JSON Schema, generated from the zod schemas (the single source of truth) with zod 4's
 * own converter. `npm run schemas` writes it to `schemas/model.schema.json`; a test fails when the
 * committed file is stale.
 */
import { z } from 'zod';
import { Lock, SpecModel } from './schema.js';

/** The JSON Schema of `bolt parse --json`'s `model` (and of the lock under `$defs`). */
export function modelJsonSchema(): Record<string, unknown> {
  const model = z.toJSONSchema(SpecModel, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  const lock = z.toJSONSchema(Lock, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  delete lock.$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://smarterbot.cl/schemas/bolt-lab/model.schema.json',
    title: 'Bolt Lab SpecModel',
    description: 'Generated from src/model/schema.ts by `npm run schemas`; do not edit.',
    ...Object.fromEntries(Object.entries(model).filter(([k]) => k !== '$schema')),
    $defs: { ...((model.$defs as object | undefined) ?? {}), Lock: lock },
  };
}

/** The file's text: 2-space JSON and a final newline. */
export function modelJsonSchemaText(): string {
  return `${JSON.stringify(modelJsonSchema(), null, 2)}\n`;
}
