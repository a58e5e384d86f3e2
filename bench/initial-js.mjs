// The initial renderer JavaScript (issue 10): what the browser must load before the app starts — the entry script
// of dist/renderer/index.html and every chunk it imports statically, recursively. Dynamic imports (the styling
// writer exceljs, the document layouts, the unit lists) are not counted: they load when a feature needs them.
// Run after `npm run build`; from bench/run.mjs (`benchInitialJs`) or alone (`node bench/initial-js.mjs`).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { printSummary, result } from './lib.mjs';

const dist = fileURLToPath(new URL('../dist/renderer', import.meta.url));
/** Initial JS on main before issue 10 (the entry chunk, bytes): the budget the styled export must not grow. */
export const INITIAL_JS_BUDGET = 1_012_120;

/** Files (relative to dist/renderer) loaded before the app starts, with their sizes. */
export async function initialChunks() {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Map();
  const visit = async (rel) => {
    if (seen.has(rel)) return;
    const code = await readFile(join(dist, rel));
    seen.set(rel, code);
    const text = code.toString('utf8');
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of text.matchAll(/(?:^|[;}\s])import(?:[\s\w{},*$]*?from)?\s*["'](\.\/[^"']+\.js)["']/g))
      await visit(join(dir, m[1]).replace(/\\/g, '/'));
  };
  for (const e of entries) await visit(e);
  return [...seen].map(([file, code]) => ({ file, bytes: code.length, gzip: gzipSync(code).length }));
}

/** Rows for bench/run.mjs. */
export async function benchInitialJs() {
  const chunks = await initialChunks();
  const bytes = chunks.reduce((n, c) => n + c.bytes, 0);
  const gzip = chunks.reduce((n, c) => n + c.gzip, 0);
  for (const c of chunks)
    console.log(`initial JS: ${c.file} ${(c.bytes / 1000).toFixed(1)} kB (gzip ${(c.gzip / 1000).toFixed(1)} kB)`);
  return [
    {
      ...result(
        'initial renderer JS (kB)',
        bytes / 1000,
        INITIAL_JS_BUDGET / 1000,
        `gzip ${(gzip / 1000).toFixed(1)} kB; ${chunks.length} files; writer lazy`,
      ),
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printSummary(await benchInitialJs());
