/**
 * Bytes → text for spec files: UTF-8 only (a BOM is dropped), CRLF and CR become LF. Binary or
 * invalid UTF-8 input is an exit-2 error that names the file and the first bad byte's position.
 */
import { boltError } from '../errors/index.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based) of a byte offset, counting characters as UTF-16 units after decoding. */
function lineColumnOfByte(bytes: Uint8Array, byteOffset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < byteOffset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, byteOffset));
  return { line, column: prefix.length + 1 };
}

/** Offset of the first byte that makes the buffer invalid UTF-8 (the buffer is known to be invalid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}

/** Decodes a spec file. `file` is the display path used in errors. */
export function decodeSpec(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = lineColumnOfByte(bytes, nul);
    throw boltError('SpecBinary', {}, { location: { file, line, column } });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = lineColumnOfByte(bytes, at);
    throw boltError('SpecNotUtf8', { byte: `0x${bytes[at]!.toString(16).padStart(2, '0')}` }, { location: { file, line, column } });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
