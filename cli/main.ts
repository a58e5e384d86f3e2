/**
 * `dti-desk`, the command-line tool (no browser, no database): `check` validates files exactly as the app's
 * import reads them (the same shared code, the same messages) and `consolidate` builds the consolidated workbook
 * from a folder of units' files. Files are read by a pool of worker threads, a bounded window at a time, and
 * reported in order as they finish, so memory stays flat whatever the number of files.
 * Exit codes: 0 every file accepted, 1 some file refused (or the workbook could not be built), 2 usage error.
 */
import { availableParallelism } from 'node:os';
import { type Command, parseArgs, USAGE } from './args';
import type { CheckSetup, FileCheck } from './check-file';
import { consolidate } from './consolidate';
import { listInputs } from './files';
import { loadShippedFrameworks } from './frameworks';
import { inlineReader, type Reader, workerPool } from './pool';
import { progressBar, type ProgressTarget } from './progress';
import { fileLines, type JsonFile, type Totals, totalsLine } from './report';

/** Where the tool writes, and how it reads files (tests pass `inline`; the binary passes its worker file). */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: ProgressTarget;
  /** True when standard output is a terminal (the bar is drawn only then). */
  stdoutIsTTY: boolean;
  cwd?: string;
  /** The built worker script; without it files are checked on the calling thread. */
  workerFile?: string;
  version?: string;
}

/** Checks `files` through `reader` in order, a window at a time; calls `each` per file as soon as it is known. */
export async function checkInOrder(
  files: readonly string[],
  reader: Reader,
  window: number,
  each: (c: FileCheck, index: number) => void,
): Promise<void> {
  const inflight: Promise<FileCheck>[] = [];
  let next = 0;
  for (let i = 0; i < files.length; i++) {
    while (next < files.length && inflight.length < window) inflight.push(reader.check(files[next++] as string));
    each(await (inflight.shift() as Promise<FileCheck>), i);
  }
}

function makeReader(setup: CheckSetup, jobs: number, io: CliIO): Reader {
  return io.workerFile && jobs > 0 ? workerPool(jobs, setup, io.workerFile) : inlineReader(setup);
}

async function runCommand(cmd: Extract<Command, { kind: 'check' | 'consolidate' }>, io: CliIO): Promise<number> {
  const started = performance.now();
  const inputs = await listInputs(cmd.kind === 'check' ? cmd.paths : [cmd.folder], io.cwd);
  if (!inputs.ok) {
    io.stderr.write(`${inputs.message}\n`);
    return 2;
  }
  const setup: CheckSetup = {
    frameworks: await loadShippedFrameworks(),
    period: cmd.period,
    parentCode: cmd.parentCode,
    keepRead: cmd.kind === 'consolidate',
  };
  const jobs = cmd.jobs ?? Math.max(1, availableParallelism());
  const reader = makeReader(setup, jobs, io);
  const bar = progressBar({ ...io.stderr, isTTY: io.stderr.isTTY && io.stdoutIsTTY }, inputs.files.length);
  const json: JsonFile[] = [];
  const accepted: FileCheck[] = [];
  let refused = 0;
  try {
    await checkInOrder(inputs.files, reader, jobs * 2, (c, i) => {
      if (c.verdict.verdict === 'refused') refused++;
      else if (c.read) accepted.push(c);
      if (cmd.json) json.push({ file: c.path, ...c.verdict });
      else if (cmd.kind === 'check' || c.verdict.verdict === 'refused') {
        bar.clear();
        io.stdout(`${fileLines(c.name, c.verdict).join('\n')}\n`);
      }
      bar.update(i + 1);
    });
  } finally {
    bar.done();
    await reader.close();
  }
  const totals: Totals = {
    files: inputs.files.length,
    accepted: inputs.files.length - refused,
    refused,
    seconds: (performance.now() - started) / 1000,
  };
  if (cmd.kind === 'check') {
    io.stdout(
      cmd.json ? `${JSON.stringify({ command: 'check', files: json, totals }, null, 1)}\n` : `${totalsLine(totals)}\n`,
    );
    return refused > 0 ? 1 : 0;
  }
  const made = await consolidate(accepted, setup.frameworks, cmd.out, io.cwd, io.version ?? '0.0.0');
  if (cmd.json) {
    io.stdout(`${JSON.stringify({ command: 'consolidate', files: json, totals, output: made }, null, 1)}\n`);
  } else {
    io.stdout(`${totalsLine(totals)}\n${made.message}\n`);
  }
  return made.ok && refused === 0 ? 0 : 1;
}

/** Runs the tool; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`${parsed.message}\n\n${USAGE}\n`);
    return 2;
  }
  const cmd = parsed.command;
  if (cmd.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (cmd.kind === 'version') {
    io.stdout(`dti-desk ${io.version ?? ''}\n`);
    return 0;
  }
  return runCommand(cmd, io);
}
