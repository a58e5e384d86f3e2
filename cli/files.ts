/**
 * The files a command works on: each file named, and every workbook-looking file inside each folder named (at any
 * depth), sorted so the output is stable. Only names are listed here; contents are read one file at a time later.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compareVi } from '@shared/text';

/** Extensions taken from folders (a file named explicitly is always checked, whatever its name). */
const WORKBOOK = /\.(xlsx|xlsm|xls|ods)$/i;
/** Excel's lock files ("~$tên.xlsx") and hidden files are not the unit's files. */
const SKIP = /^(~\$|\.)/;

/** Result of `listInputs`: the paths, or a usage error naming the path that does not exist. */
export type Inputs = { ok: true; files: string[] } | { ok: false; message: string };

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Expands files and folders into the list of files to check. */
export async function listInputs(paths: readonly string[], cwd = process.cwd()): Promise<Inputs> {
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const s = await stat(abs).catch(() => undefined);
    if (!s) return { ok: false, message: `Không tìm thấy tệp hoặc thư mục: ${p}` };
    if (s.isFile()) {
      files.push(abs);
      continue;
    }
    if (!s.isDirectory()) return { ok: false, message: `Không phải tệp hay thư mục: ${p}` };
    const found: string[] = [];
    for (const entry of await readdir(abs, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !WORKBOOK.test(entry.name) || SKIP.test(entry.name)) continue;
      found.push(join(entry.parentPath, entry.name));
    }
    found.sort((a, b) => compareVi(base(a), base(b)) || (a < b ? -1 : 1));
    files.push(...found);
  }
  return { ok: true, files: [...new Set(files)] };
}
