// Are the official unit lists in the initial renderer JS? They must not be (issue 12): they are shipped as data
// (dist/renderer/units/units-<list>.json) and fetched on first use. Reads the build: the entry scripts of
// index.html and every chunk they import statically, recursively (a dynamic import() is not followed); counts,
// per list, how many of its commune codes appear there as strings (after a quote or a line break). A placeholder may name one or two
// ("14524"); a list bundled in any form (a JSON import, an inlined object, the CSV as text) shows thousands.
// Used by bench/unit-picker.mjs and tests/e2e/units-lazy.e2e.ts; `node scripts/units-in-bundle.mjs` prints it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** More codes than this found in the initial JS means the list is bundled. */
export const BUNDLED_ABOVE = 10;

/** The initial JS files of a built renderer (relative to `dist`) with their text. */
export async function initialScripts(dist) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const seen = new Map();
  const visit = async (rel) => {
    if (seen.has(rel)) return;
    const text = await readFile(join(dist, rel), 'utf8');
    seen.set(rel, text);
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
    for (const m of text.matchAll(/(?:^|[;}\s])import(?:[\s\w{},*$]*?from)?\s*["'](\.\/[^"']+\.js)["']/g))
      await visit(join(dir, m[1]).replace(/\\/g, '/'));
  };
  for (const m of html.matchAll(/<script[^>]+src="(?:\.?\/)?([^"]+\.js)"/g)) await visit(m[1]);
  return seen;
}

/** Every commune code of a shipped list file (units-2024.json: province → district → commune; 2025: no district). */
function communeCodes(json) {
  const codes = [];
  const walk = (node) => {
    for (const item of node) {
      if (Array.isArray(item[2])) walk(item[2]);
      else codes.push(item[0]);
    }
  };
  walk(json.provinces);
  return codes;
}

/** Per list: commune codes found in the initial JS, the list's size, whether it is served as its own file. */
export async function unitListsInInitialJs(dist, ids = ['2024', '2025']) {
  const scripts = await initialScripts(dist);
  const quoted = new Set();
  for (const text of scripts.values()) for (const m of text.matchAll(/(?:["'`\n]|\\n)(\d{5})(?!\d)/g)) quoted.add(m[1]);
  const lists = [];
  for (const id of ids) {
    const root = fileURLToPath(new URL('../renderer/public/units/', import.meta.url));
    const codes = communeCodes(JSON.parse(await readFile(join(root, `units-${id}.json`), 'utf8')));
    const found = codes.filter((c) => quoted.has(c)).length;
    const served = existsSync(join(dist, 'units', `units-${id}.json`));
    lists.push({ id, entries: codes.length, found, bundled: found > BUNDLED_ABOVE, served });
  }
  return { files: [...scripts.keys()], lists };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await unitListsInInitialJs(fileURLToPath(new URL('../dist/renderer', import.meta.url)));
  console.log(JSON.stringify(r, null, 2));
  process.exitCode = r.lists.some((l) => l.bundled || !l.served) ? 1 : 0;
}
