/**
 * One bare parse of a file in its own process, the floor Bolt Lab is measured against:
 * `node bench/lib/baseline.mjs remark|markdown-it FILE` prints `{ parseMs, wallMs, maxRssMb }`.
 * `wallMs` counts from process start (module loading included), as a CLI run would.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [kind, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
let parse;
if (kind === 'remark') {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
  ]);
  const processor = unified().use(remarkParse).use(remarkGfm).freeze();
  parse = () => processor.parse(text);
} else if (kind === 'markdown-it') {
  const { default: MarkdownIt } = await import('markdown-it');
  const md = new MarkdownIt();
  parse = () => md.parse(text, {});
} else {
  throw new Error(`Unexpected baseline \`${kind}\`, expected \`remark\` or \`markdown-it\``);
}
const t0 = performance.now();
const tree = parse();
const parseMs = performance.now() - t0;
if (!tree) process.exitCode = 1;
process.stdout.write(`${JSON.stringify({ parseMs, wallMs: performance.now(), maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
