/**
 * The generator interface: a pure function from the model to files. No filesystem access; the
 * writer (`src/write/`) writes what generators return, and `bolt check` diffs it.
 */
import type { BoltConfig } from '../src/config.js';
import type { Lock, SpecModel } from '../src/model/schema.js';
import type { InputSchemaSource } from './tools/input-schemas.js';
import type { RunMemo } from '../src/memo.js';
import type { Templates } from '../src/templates.js';

/** A generated file: path relative to the output folder (forward slashes), and its contents. */
export interface OutputFile {
  path: string;
  contents: string;
}

/** What every generator gets. */
export interface GeneratorInput {
  model: SpecModel;
  lock?: Lock | undefined;
  config: BoltConfig;
  templates: Templates;
  /** MCP tool input schemas by tool name (the repository's over the package's); the default when absent. */
  toolSchemas?: Map<string, InputSchemaSource> | undefined;
  /** This run's memo (`src/memo.ts`): what generators compute once per run; none, and nothing is shared. */
  memo?: RunMemo | undefined;
}

/** One output (or a family of outputs such as `regions/`). */
export interface Generator {
  /** Id used by `bolt build --only` (`compose`, `caddyfile`, `registry`, `env-example`, `regions`, `os-md`, `mcp`). */
  id: string;
  /** One line for `--help` and the docs. */
  description: string;
  generate(input: GeneratorInput): OutputFile[];
}
