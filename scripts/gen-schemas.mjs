// Writes schemas/model.schema.json from the compiled zod schemas (run after `tsc`).
import { writeFileSync } from 'node:fs';
import { modelJsonSchemaText } from '../dist/src/model/json-schema.js';

writeFileSync(new URL('../schemas/model.schema.json', import.meta.url), modelJsonSchemaText());
console.log('wrote schemas/model.schema.json');
