import { describe, expect, it } from 'vitest';
import { isBoltError } from '../../src/errors/index.js';
import { parseYamlFile, validateYaml } from '../../src/read/yaml-file.js';

/** The exit-2 message a versions.lock text gets from its schema. */
function message(text: string): string {
  try {
    validateYaml(parseYamlFile('specs/versions.lock', text), 'versions.lock.schema.json');
  } catch (error) {
    if (isBoltError(error)) return error.format().split('\n')[0]!;
    throw error;
  }
  return 'valid';
}

describe('a value of the wrong type is named by what it is', () => {
  it.each([
    ['a list for the document', '- a\n- b\n', 'specs/versions.lock:1:1: Unexpected array for the document, expected object'],
    ['an empty key', 'os:\n  version: 1.0.0\nimages:\n', 'specs/versions.lock:3:8: Unexpected null for `images`, expected object'],
    ['a scalar for a map', 'os:\n  version: 1.0.0\nimages: redis\n', 'specs/versions.lock:3:9: Unexpected string for `images`, expected object'],
  ])('%s', (_name, text, expected) => {
    expect(message(text)).toBe(expected);
  });
});
