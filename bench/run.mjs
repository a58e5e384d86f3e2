// `npm run bench` (after `npm run build`): runs each benchmark in turn against the built renderer in Debian's
// Chromium, prints its details, then one summary table. Targets are reported, never asserted: the exit code is 0
// unless a benchmark could not run at all. To add one, write bench/<name>.mjs exporting
// `async (ctx) => rows` (see bench/lib.mjs `result`) and list it below.
import { benchBackup } from './backup.mjs';
import { benchCli } from './cli.mjs';
import { benchConsolidated } from './consolidated.mjs';
import { benchEntry } from './entry.mjs';
import { benchImport } from './import.mjs';
import { benchInitialJs } from './initial-js.mjs';
import { benchUnitPicker } from './unit-picker.mjs';
import { openBenchContext, printSummary } from './lib.mjs';
import { benchVerify } from './verify.mjs';

const BENCHMARKS = [
  ['entry', benchEntry],
  ['import', benchImport],
  ['consolidated', benchConsolidated],
  ['cli', benchCli],
  ['initial-js', benchInitialJs],
  ['backup', benchBackup],
  ['unit-picker', benchUnitPicker],
  ['verify', benchVerify],
];

const only = process.env.BENCH_ONLY?.split(',');
const ctx = await openBenchContext();
const rows = [];
let broken = 0;
const started = Date.now();
try {
  for (const [name, run] of BENCHMARKS) {
    if (only && !only.includes(name)) continue;
    try {
      rows.push(...(await run(ctx)));
    } catch (e) {
      broken++;
      console.error(`benchmark ${name} failed to run: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
} finally {
  await ctx.close();
}
printSummary(rows);
console.log(
  `\n${rows.length} figures in ${((Date.now() - started) / 1000).toFixed(0)} s; targets are reported, not asserted.`,
);
process.exitCode = broken ? 1 : 0;
