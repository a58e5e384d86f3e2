// Helpers of the command-line tool's tests: a temporary folder of files and an in-process run of `dti-desk`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../cli/main';

/** Writes `files` into a fresh temporary folder; `dispose` removes it. */
export async function tempFolder(files: { name: string; bytes: Uint8Array }[]) {
  const dir = await mkdtemp(join(tmpdir(), 'dti-cli-'));
  for (const f of files) await writeFile(join(dir, f.name), f.bytes);
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs the tool in this process (files checked on this thread); returns exit code and both outputs. */
export async function runInline(argv: string[], opts: { tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => (stdout += s),
    stderr: { write: (s) => (stderr += s), isTTY: opts.tty === true, columns: 100 },
    stdoutIsTTY: opts.tty === true,
    version: '0.1.0',
  });
  return { code, stdout, stderr };
}
