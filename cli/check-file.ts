/**
 * Checks one file from disk as the app's import does: refused before reading above the size the app opens, else
 * `readAssessmentFile` (zip guard, bounded read, manifest, SHA-256, form sheet) and `fileVerdict`. Used by the
 * worker threads and, with `--jobs 1`-style inline reading, by the tests.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Period } from '@shared/entry/types';
import {
  fileVerdict,
  type FileVerdict,
  type ImportRead,
  readAssessmentFile,
  tooLargeToOpenMessage,
} from '@shared/exchange';
import type { Framework } from '@shared/framework';
import { MAX_OPEN_FILE_BYTES } from '@shared/ipc/contract';
import { frameworkKey } from './frameworks';

/** A file read successfully. */
export type GoodRead = Extract<ImportRead, { ok: true }>;

/** What a reader needs: the frameworks held and the period being received, if any. */
export interface CheckSetup {
  frameworks: readonly Framework[];
  period?: Period;
  parentCode?: string;
  /** Keep the whole read (for `consolidate`); `check` keeps only the verdict, so memory stays flat. */
  keepRead?: boolean;
}

/** One file's outcome. */
export interface FileCheck {
  path: string;
  name: string;
  verdict: FileVerdict;
  read?: GoodRead;
}

/** Builds a checker bound to `setup` (the framework map is built once). */
export function fileChecker(setup: CheckSetup): (path: string) => Promise<FileCheck> {
  const fws = new Map(setup.frameworks.map((f) => [frameworkKey(f.id, f.version), f]));
  const known = (id: string, version: string) => fws.has(frameworkKey(id, version));
  return async (path) => {
    const name = basename(path);
    let bytes: Uint8Array;
    try {
      if ((await stat(path)).size > MAX_OPEN_FILE_BYTES)
        return { path, name, verdict: { verdict: 'refused', kind: 'too-large', message: tooLargeToOpenMessage() } };
      bytes = await readFile(path);
    } catch (e) {
      const why = e instanceof Error && 'code' in e ? String(e.code) : String(e);
      const message = `Không đọc được tệp trên đĩa (${why}).`;
      return { path, name, verdict: { verdict: 'refused', kind: 'unreadable', message } };
    }
    const r = readAssessmentFile(bytes, name, {
      resolveFramework: (id, version) => fws.get(frameworkKey(id, version)),
    });
    const verdict = fileVerdict(r, { knownFrameworks: known, period: setup.period, parentCode: setup.parentCode });
    return setup.keepRead && r.ok && verdict.verdict === 'accepted'
      ? { path, name, verdict, read: r }
      : { path, name, verdict };
  };
}
