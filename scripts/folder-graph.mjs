// Prints the folder-level import graph of electron/, renderer/, shared/ and cli/, and fails (exit 1) on a cycle
// between folders. `node scripts/folder-graph.mjs --quiet` prints only cycles. Part of `npm run lint`.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOTS = ['electron', 'renderer', 'shared', 'cli'];
const EXTS = ['', '.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx'];
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"](\.[^'"]+)['"]/g;

function walk(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(tsx?|mts|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function resolveSpec(file, spec) {
  let base;
  if (spec.startsWith('.')) base = resolve(dirname(file), spec);
  else if (spec.startsWith('@shared/')) base = join(root, 'shared', spec.slice(8));
  else return undefined;
  for (const e of EXTS) {
    const p = base.replace(/\.(js|mjs)$/, '') + e;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return existsSync(base) && statSync(base).isFile() ? base : undefined;
}

/** Folder → set of folders it imports from. */
export function folderGraph() {
  const graph = new Map();
  for (const f of ROOTS.flatMap((r) => walk(join(root, r), []))) {
    const from = relative(root, dirname(f));
    if (!graph.has(from)) graph.set(from, new Set());
    for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
      const target = resolveSpec(f, m[1] ?? m[2] ?? m[3]);
      if (!target) continue;
      const to = relative(root, dirname(target));
      if (to !== from) graph.get(from).add(to);
    }
  }
  return graph;
}

/** Strongly connected components with more than one folder (Tarjan). */
export function cycles(graph) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = folderGraph();
  if (!process.argv.includes('--quiet')) {
    for (const [from, tos] of [...graph].sort()) if (tos.size) console.log(`${from} → ${[...tos].sort().join(', ')}`);
  }
  const found = cycles(graph);
  for (const c of found) {
    console.error(`Import cycle between folders: ${c.join(' ⇄ ')}`);
    for (const a of c) for (const b of graph.get(a)) if (c.includes(b)) console.error(`  ${a} → ${b}`);
  }
  console.log(found.length ? `${found.length} folder cycle(s).` : 'No import cycle between folders.');
  process.exit(found.length ? 1 : 0);
}
