// The command-line tool benchmark (issue 16): `dti-desk check` over N generated commune files (3,321 by default,
// every commune of the country) as a user runs it — its own process, worker threads, --json to a pipe — its wall
// time and peak memory (maxRSS of the whole process, threads included), beside raw single-threaded SheetJS
// parsing (`XLSX.read`) of the same files read from disk in this process. The files are generated once and kept in
// node_modules/.cache/bench/cli-files-<N>/ for later runs, until the code that writes them (shared/) changes. Run
// after `npm run build`.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as XLSX from 'xlsx';
import { bundle, generate } from './import.mjs';
import { ms, printSummary, result } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const N = Number(process.env.BENCH_CLI_FILES ?? 3321);
const GOAL_MS = 60_000;
const GOAL_MB = 1024;

/** A stamp of the code that writes the files (shared/): files written by other code are written again. */
async function writerStamp() {
  const h = createHash('sha256');
  const walk = async (dir) => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.ts')) h.update(p).update(await readFile(p));
    }
  };
  await walk(join(root, 'shared'));
  return `${h.digest('hex')}\n`;
}

/** The generated files (made once, then reused while shared/ is unchanged); returns the folder. */
export async function filesFolder(n) {
  const dir = join(root, `node_modules/.cache/bench/cli-files-${n}`);
  const done = join(dir, '.complete');
  const stamp = await writerStamp();
  if (existsSync(done) && (await readFile(done, 'utf8')) === stamp) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const t = performance.now();
  const { files } = await generate(await bundle(), n);
  for (const f of files) await writeFile(join(dir, f.name), f.bytes);
  await writeFile(done, stamp);
  console.log(`  generated ${n} files in ${ms(performance.now() - t)}`);
  return dir;
}

/** Raw SheetJS: every file read from disk and parsed, one after another, on this thread. */
async function rawRead(dir) {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.xlsx'));
  const t = performance.now();
  for (const name of names) XLSX.read(await readFile(join(dir, name)), { type: 'buffer' });
  return { raw: performance.now() - t, files: names.length };
}

/** Runs the built tool on `dir`; resolves to wall time, peak RSS (MB) and the parsed JSON output. */
function runCli(dir) {
  const hook = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, ['--import', hook, join(root, 'cli/bin.mjs'), 'check', '--json', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    let err = '';
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = performance.now() - t;
      const rss = Number(/MAXRSS (\d+)/.exec(err)?.[1] ?? NaN) / 1024;
      if (code !== 0) return reject(new Error(`dti-desk exited ${code}: ${err.slice(0, 500)}`));
      resolve({ wall, rss, json: JSON.parse(Buffer.concat(out).toString('utf8')) });
    });
  });
}

/** For bench/run.mjs. */
export async function benchCli() {
  console.log(`\ncli: dti-desk check over ${N} generated commune files`);
  const dir = await filesFolder(N);
  const { raw, files } = await rawRead(dir);
  const r = await runCli(dir);
  if (r.json.totals.accepted !== files) throw new Error(`cli: ${r.json.totals.accepted}/${files} files accepted`);
  const ratio = r.wall / raw;
  console.log(
    `  dti-desk check ${ms(r.wall)} (peak RSS ${r.rss.toFixed(0)} MB), raw XLSX.read ${ms(raw)}, ratio ${ratio.toFixed(2)}×`,
  );
  return [
    result(`cli: check ${N} files`, r.wall, GOAL_MS, `${ratio.toFixed(2)}× raw XLSX.read; own process, worker threads`),
    result(`cli: check ${N} files, peak RSS`, r.rss, GOAL_MB, 'maxRSS of the process', 'MB'),
    result(`raw XLSX.read ${N} files (node)`, raw, undefined, 'baseline: one thread, files read from disk'),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printSummary(await benchCli());
