/** A reader that stops early (`bolt build | head -1`) ends the CLI quietly, without an EPIPE stack trace. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/bin.js');

describe('a closed pipe', () => {
  it.skipIf(!existsSync(bin))('stops quietly when the reader goes away', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bolt-epipe-'));
    const script = `"${process.execPath}" "${bin}" build --out "${out}" | head -1 >/dev/null; echo "rc=\${PIPESTATUS[0]}"`;
    const { stdout, stderr } = await promisify(execFile)('bash', ['-c', script], { cwd: root });
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(stdout.trim()).toBe('rc=0');
  });
});
