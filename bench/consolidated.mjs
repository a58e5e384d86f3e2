// The consolidated workbook benchmark (issues 6 and 10): the district's workbook for 129 generated communes (the
// communes of the new Ninh Bình) plus the district's own assessment — build + styled write, as the "Gửi kết quả
// về tỉnh" button does — beside the same library (exceljs) writing exactly the same cells unstyled (no styles,
// merges, page setup), in the same run. Pure Node: the TypeScript (shared/verify, shared/framework) is bundled
// once with Vite (library mode) into node_modules/.cache/bench/, as bench/import.mjs does; exceljs stays external
// so both sides use the same writer.
// Run with `node bench/consolidated.mjs`, or from bench/run.mjs (`benchConsolidated`).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printSummary, result, bundleForNode } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const N = Number(process.env.BENCH_CONSOLIDATED_COMMUNES ?? 129);
const RUNS = Number(process.env.BENCH_CONSOLIDATED_RUNS ?? 5);

const ENTRY = `
export { benchConsolidatedInput, sameCells, rawWrite, buildConsolidatedBook, exportConsolidated } from '@shared/verify';
export { writeBook } from '@shared/verify/consolidated';
export { frameworkFromCatalog } from '@shared/framework/catalog';
export { parseFrameworkIndex } from '@shared/framework/framework-index';
`;

const bundle = () => bundleForNode('consolidated', ENTRY, /^(xlsx|exceljs|@noble\/hashes)(\/|$)/);

async function shipped(lib, level) {
  const dir = join(root, 'renderer/public/frameworks');
  const index = lib.parseFrameworkIndex(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')));
  const entry = index.entries.find((e) => e.meta.level === level);
  const r = lib.frameworkFromCatalog(entry.meta, await readFile(join(dir, entry.file), 'utf8'));
  if (!r.ok) throw new Error(`framework ${level}: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.framework;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Rows for bench/run.mjs: consolidated build+write vs raw SheetJS write of the same cells (medians of RUNS). */
export async function benchConsolidated() {
  const lib = await bundle();
  const input = lib.benchConsolidatedInput(await shipped(lib, 'commune'), N, await shipped(lib, 'district'));
  const cells = lib.sameCells(lib.buildConsolidatedBook(input).wb); // prepared outside the timed section
  await lib.exportConsolidated(input); // warm-up (JIT, loading exceljs)
  await lib.rawWrite(cells);
  const ours = [];
  const raw = [];
  const build = [];
  const cpu = { ours: [], raw: [] };
  const cpuMs = (c) => (c.user + c.system) / 1000;
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    let c = process.cpuUsage();
    let t = performance.now();
    size = (await lib.exportConsolidated(input)).bytes.byteLength;
    ours.push(performance.now() - t);
    cpu.ours.push(cpuMs(process.cpuUsage(c)));
    t = performance.now();
    const { wb } = lib.buildConsolidatedBook(input);
    build.push(performance.now() - t);
    await lib.writeBook(wb);
    c = process.cpuUsage();
    t = performance.now();
    await lib.rawWrite(cells);
    raw.push(performance.now() - t);
    cpu.raw.push(cpuMs(process.cpuUsage(c)));
  }
  const o = median(ours);
  const r = median(raw);
  console.log(
    `consolidated ${N} communes: ${cells.length} sheets, ${(size / 1024).toFixed(0)} KiB; styled ${o.toFixed(0)} ms (of which laying out the sheets ${median(build).toFixed(0)} ms), same cells unstyled ${r.toFixed(0)} ms (median of ${RUNS})`,
  );
  // On a shared machine the wall time swings with the other processes; the process's CPU time much less.
  const co = median(cpu.ours);
  const cr = median(cpu.raw);
  console.log(
    `  CPU time of this process: styled ${co.toFixed(0)} ms, unstyled ${cr.toFixed(0)} ms (${(co / cr).toFixed(2)}×)`,
  );
  return [
    result(`consolidated workbook ${N} communes, styled`, o, 1000, `${(o / r).toFixed(2)}× unstyled (goal ≤ 1.5×)`),
    result(`exceljs unstyled write, same cells`, r, undefined, 'baseline'),
    result(`consolidated ${N} styled ÷ 1.5`, o / 1.5, Math.round(r), 'PASS when styled ≤ 1.5 × unstyled'),
  ];
}

/** Standalone: `node bench/consolidated.mjs`. */
export async function run() {
  printSummary(await benchConsolidated());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
