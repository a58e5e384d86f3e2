/** Entry of the built `dti-desk` command (dist/cli/dti-desk.mjs, run by bin/dti-desk.mjs). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './main';

const here = dirname(fileURLToPath(import.meta.url));
const run = runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: {
    write: (s) => process.stderr.write(s),
    isTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
  },
  stdoutIsTTY: process.stdout.isTTY === true,
  workerFile: join(here, 'read-worker.mjs'),
  version: __APP_VERSION__,
});
process.exitCode = await run.catch((e: unknown) => {
  process.stderr.write(`dti-desk: không chạy được (${e instanceof Error ? e.message : String(e)}).\n`);
  return 2;
});
