/**
 * versions.lock: YAML pins of every pulled image (format in DESIGN.md, schema in
 * `schemas/versions.lock.schema.json`). Each entry keeps its position for the `lock/*` rules.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { boltError } from '../errors/index.js';
import type { Lock } from '../model/schema.js';
import { displayPath } from '../paths.js';
import { parseYamlFile, validateYaml } from '../read/yaml-file.js';

interface LockYaml {
  schema: number;
  os?: { name: string; version: string };
  runtime?: Record<string, string>;
  images: Record<string, { image: string; tag: string; digest?: string }>;
}

/** Parses and validates lock text. */
export function parseLock(file: string, text: string): Lock {
  const y = parseYamlFile(file, text);
  validateYaml(y, 'versions.lock.schema.json');
  const v = y.value as LockYaml;
  return {
    file,
    schema: v.schema,
    ...(v.os ? { os: { ...v.os, pos: y.pos(['os', 'version']) } } : {}),
    ...(v.runtime ? { runtime: v.runtime } : {}),
    images: Object.entries(v.images ?? {}).map(([service, e]) => ({
      service,
      image: e.image,
      tag: e.tag,
      pos: y.pos(['images', service], true),
      imagePos: y.pos(['images', service, 'image']),
      tagPos: y.pos(['images', service, 'tag']),
      ...(e.digest ? { digest: e.digest, digestPos: y.pos(['images', service, 'digest']) } : {}),
    })),
  };
}

/** Reads the lock's text; a missing file is `undefined` unless `required`. */
export async function readLockText(cwd: string, path: string, required: boolean, overlay?: ReadonlyMap<string, string>): Promise<{ file: string; text: string } | undefined> {
  const file = displayPath(cwd, path);
  const open = overlay?.get(resolve(cwd, path));
  if (open !== undefined) return { file, text: open };
  try {
    return { file, text: await readFile(resolve(cwd, path), 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return undefined;
    throw boltError('LockUnreadable', { reason: (error as Error).message }, { location: { file } });
  }
}

/** Loads the lock; a missing file is `undefined` unless `required`. */
export async function loadLock(cwd: string, path: string, required: boolean, overlay?: ReadonlyMap<string, string>): Promise<{ lock: Lock; text: string } | undefined> {
  const read = await readLockText(cwd, path, required, overlay);
  return read && { lock: parseLock(read.file, read.text.replace(/^\ufeff/, '')), text: read.text };
}
