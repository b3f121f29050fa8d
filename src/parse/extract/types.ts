/**
 * The extractor interface: one extractor per H2 section reads the section's mdast nodes into the
 * model being built.
 */
import type { Heading, RootContent } from 'mdast';
import type { SpecModel } from '../../model/schema.js';
import type { ChunkContext } from '../context.js';

/** What an extractor gets: the section heading, the nodes under it, its chunk context and the model. */
export interface SectionInput {
  heading: Heading;
  nodes: RootContent[];
  ctx: ChunkContext;
  model: SpecModel;
}

/** Reads one section into the model; lines it cannot read go to `ctx.unparsed`. */
export type Extractor = (input: SectionInput) => void;
