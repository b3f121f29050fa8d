/**
 * Detection of double-encoded text: UTF-8 bytes that were decoded as Windows-1252 or -1254 and
 * saved again as UTF-8 (`→` becomes `â†’`, `✅` becomes `âœ…`, `🎯` becomes `ðŸŽ¯` or `ğŸ¯`).
 *
 * Such text is a lead-byte character (what 0xC2–0xF4 decode to in those code pages) followed by
 * continuation-byte characters (0x80–0xBF). Decoders drop bytes the code page leaves undefined
 * (0x8E in 1254, 0x81/0x8D/0x8F/0x90/0x9D in 1252), so one missing continuation is tolerated.
 */

/** Code-page character → byte, for bytes 0x80–0xFF of both code pages. */
const byteOf = new Map<string, number>();
for (const page of ['windows-1252', 'windows-1254']) {
  const decoder = new TextDecoder(page);
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !byteOf.has(ch)) byteOf.set(ch, b);
  }
}

function continuationsNeeded(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

/** A mangled sequence: its offset in the text and the characters as they stand. */
export interface MojibakeHit {
  offset: number;
  text: string;
  /** What it most likely was, when the bytes could be recovered. */
  intended?: string | undefined;
}

/** The code-page characters from `start` read back as UTF-8 bytes: the lead and up to `need` continuation bytes. */
function sequenceAt(text: string, start: number, lead: number, need: number): { bytes: number[]; end: number } {
  const bytes = [lead];
  let end = start + 1;
  while (end < text.length && bytes.length <= need) {
    const b = byteOf.get(text[end]!);
    if (b === undefined || b < 0x80 || b > 0xbf) break;
    bytes.push(b);
    end++;
  }
  return { bytes, end };
}

/** Finds double-encoded sequences; returns the first one and how many there are. */
export function findMojibake(text: string): { first: MojibakeHit; count: number } | undefined {
  let first: MojibakeHit | undefined;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const lead = byteOf.get(text[i]!);
    if (lead === undefined) continue;
    const need = continuationsNeeded(lead);
    if (need === 0) continue;
    const { bytes, end: j } = sequenceAt(text, i, lead, need);
    const got = bytes.length - 1;
    // A complete sequence, or a 3/4-byte one with a single byte lost to an undefined code point.
    if (got === need || (need >= 2 && got === need - 1)) {
      count++;
      if (!first) {
        let intended: string | undefined;
        if (got === need) {
          try {
            intended = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
          } catch {
            intended = undefined;
          }
        }
        first = { offset: i, text: text.slice(i, j), intended };
      }
      i = j - 1;
    }
  }
  return first ? { first, count } : undefined;
}

/** One repair: `[offset, offset + length)` of the text was `intended` before the double encoding. */
export interface MojibakeRepair {
  offset: number;
  length: number;
  intended: string;
}

/**
 * Every double-encoded sequence whose bytes can be recovered, with the text it was: re-decoding
 * the code-page characters as the UTF-8 bytes they stood for. Sequences that lost a byte to an
 * undefined code point are left alone (their text cannot be known).
 */
export function repairMojibake(text: string): MojibakeRepair[] {
  const repairs: MojibakeRepair[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const lead = byteOf.get(text[i]!);
    const need = lead === undefined ? 0 : continuationsNeeded(lead);
    if (need === 0) continue;
    const { bytes, end: j } = sequenceAt(text, i, lead!, need);
    if (bytes.length - 1 !== need) continue;
    try {
      repairs.push({ offset: i, length: j - i, intended: utf8.decode(Uint8Array.from(bytes)) });
      i = j - 1;
    } catch {
      // not a valid UTF-8 sequence after all: leave it
    }
  }
  return repairs;
}
