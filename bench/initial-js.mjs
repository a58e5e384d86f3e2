// The initial renderer JavaScript (issues 10 and 16): what the browser must load before the app starts — the entry
// script of dist/renderer/index.html and every chunk it imports statically, recursively. Dynamic imports (the
// Thẩm tra, Tổng hợp and Cài đặt pages, SheetJS, the styling writer exceljs, the unit lists) are not counted: they
// load when a feature needs them. The figure is gzip against the 250 kB budget, as the build measures it
// (scripts/initial-js.mjs writes dist/renderer/initial-js.json and fails the build above the budget); the walk of
// index.html below is the bench's own check that both count the same files.
// Run after `npm run build`; from bench/run.mjs (`benchInitialJs`) or alone (`node bench/initial-js.mjs`).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { printSummary, result } from './lib.mjs';

const dist = fileURLToPath(new URL('../dist/renderer', import.meta.url));
/** The initial-JS budget, gzip kB (issue 16); the build fails above it. */
export const INITIAL_JS_BUDGET_KB = 250;

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
  const built = JSON.parse(await readFile(join(dist, 'initial-js.json'), 'utf8'));
  for (const c of chunks)
    console.log(`initial JS: ${c.file} ${(c.bytes / 1000).toFixed(1)} kB (gzip ${(c.gzip / 1000).toFixed(1)} kB)`);
  const same =
    built.files.length === chunks.length &&
    built.files.every((f) => chunks.some((c) => c.file.replace(/^\.\//, '') === f.file));
  return [
    result(
      'initial renderer JS (gzip kB)',
      built.totalKb,
      INITIAL_JS_BUDGET_KB,
      `${(built.totalKb / INITIAL_JS_BUDGET_KB).toFixed(2)}× budget (build fails above); ${(bytes / 1000).toFixed(0)} kB ` +
        `raw in ${chunks.length} files${same ? '' : ' — MISMATCH with the build’s count'}`,
      'kB',
    ),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printSummary(await benchInitialJs());
