/**
 * The layering of `.dependency-cruiser.cjs` holds on the real tree, and the same rules really
 * catch what they exist to catch (a cycle, a dynamic cycle, an import of the CLI from below it,
 * a rule importing the parser), proven on a throw-away tree with those mistakes in it.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/servers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');
const run = promisify(execFile);
/** CI may force colours (FORCE_COLOR, a TTY); the assertions read plain text. */
const PLAIN = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };

async function cruise(cwd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(DEPCRUISE, ['src', 'generators', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd, env: PLAIN });
    return { code: 0, output: stripVTControlCharacters(stdout) };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: stripVTControlCharacters(`${e.stdout ?? ''}${e.stderr ?? ''}`) };
  }
}

describe('architecture', () => {
  it('has no import cycle and no import against the layering', async () => {
    const { code, output } = await cruise(ROOT);
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  }, 60_000);

  it('catches cycles (static and dynamic), CLI imports from below, and rules that read the parser', async () => {
    const tmp = tempDir('bolt-layers-');
    try {
      copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(tmp.dir, '.dependency-cruiser.cjs'));
      writeFileSync(join(tmp.dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }));
      const files: Record<string, string> = {
        'src/cli/main.ts': "import { a } from '../pipeline/a.js';\nexport const main = a;\n",
        'src/pipeline/a.ts': "import { b } from './b.js';\nexport const a = b;\n",
        'src/pipeline/b.ts': "export const b = 1;\nexport const later = () => import('./a.js');\n",
        'src/snapshot/live.ts': "import { main } from '../cli/main.js';\nexport const live = main;\n",
        'src/parse/x.ts': 'export const x = 1;\n',
        'src/rules/r.ts': "import { x } from '../parse/x.js';\nexport const r = x;\n",
        'generators/g.ts': 'export const g = 1;\n',
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(tmp.dir, path)), { recursive: true });
        writeFileSync(join(tmp.dir, path), text);
      }
      const { code, output } = await cruise(tmp.dir);
      expect(code).not.toBe(0);
      expect(output).toMatch(/no-circular: src\/pipeline\/(a|b)\.ts/);
      expect(output).toContain('no-cli-from-below: src/snapshot/live.ts → src/cli/main.ts');
      expect(output).toContain('stage-srcrules-alone: src/rules/r.ts → src/parse/x.ts');
    } finally {
      tmp.remove();
    }
  }, 60_000);

  it('type-checks the sources and the tests with the strict flags (tsconfig.test.json)', async () => {
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    const result = await run(tsc, ['-p', 'tsconfig.test.json'], { cwd: ROOT }).then(
      () => ({ code: 0, output: '' }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code ?? 1, output: error.stdout ?? '' }),
    );
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);
});
