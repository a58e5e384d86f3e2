/**
 * Every kind of file that comes from outside, and the one pure reader of each (all behind the guarded door,
 * shared/exchange/open-workbook). The import worker calls `readOutside` for whatever kind a request names; the
 * page calls the very same function for a small file or where no worker can run, so a file gets the same answer
 * wherever it was read. Refusals stay values in Vietnamese, in the shape each kind's caller already knows.
 */
import {
  type ExchangeError,
  type ImportRead,
  MEMORY_MESSAGE,
  MemoryCapExceeded,
  readAssessmentFile,
  type ReadOptions,
} from '@shared/exchange';
import { exchangeError } from '@shared/exchange/errors';
import { workbookToFramework } from '@shared/exchange/framework-workbook';
import { frameworkError, type FrameworkResult } from '@shared/framework/errors';
import type { Framework } from '@shared/framework/types';
import type { UnitListResult } from '@shared/units/unit-list';
import { readUnitSheet } from '@shared/units/unit-sheet';
import { readRemarksFile, type RemarksRead } from '@shared/verify/remarks-read';

/** What reading each kind of outside file gives. */
export interface OutsideResults {
  /** A commune's self-assessment file, received at the district or province. */
  assessment: ImportRead;
  /** The verifiers' remarks file, received back at the commune. */
  remarks: RemarksRead;
  /** A framework workbook (sheets ChiSo and Nhom) a province loads. */
  framework: FrameworkResult<Framework>;
  /** A list of communes (code, name) from the first sheet. */
  'unit-list': UnitListResult;
}

/** The kinds of outside file the one reader reads. */
export type OutsideKind = keyof OutsideResults;

/** Every kind, in a stable order (tests walk them). */
export const OUTSIDE_KINDS: readonly OutsideKind[] = ['assessment', 'remarks', 'framework', 'unit-list'];

/** A refusal in the shape of `kind`'s result: the message the officer sees is `error.message` for every kind. */
export function refusalOf<K extends OutsideKind>(kind: K, error: ExchangeError): OutsideResults[K] {
  const byKind: { [T in OutsideKind]: () => OutsideResults[T] } = {
    assessment: () => ({ ok: false, error }),
    remarks: () => ({ ok: false, error }),
    framework: () => ({
      ok: false,
      errors: [
        frameworkError(
          error.kind === 'too-large' || error.kind === 'zip-bomb' || error.kind === 'memory'
            ? 'file-too-large'
            : 'file-unreadable',
          {},
          error.message,
        ),
      ],
    }),
    'unit-list': () => ({ items: [], errors: [error.message] }),
  };
  return byKind[kind]() as OutsideResults[K];
}

/** Whether `result` is the memory-cap refusal (its reader must then be replaced). */
export function isMemoryRefusal<K extends OutsideKind>(kind: K, result: OutsideResults[K]): boolean {
  if (kind === 'assessment' || kind === 'remarks') {
    const r = result as ImportRead | RemarksRead;
    return !r.ok && r.error.kind === 'memory';
  }
  if (kind === 'framework') {
    const r = result as FrameworkResult<Framework>;
    return !r.ok && r.errors.length === 1 && r.errors[0]?.message === MEMORY_MESSAGE;
  }
  const r = result as UnitListResult;
  return r.items.length === 0 && r.errors.length === 1 && r.errors[0] === MEMORY_MESSAGE;
}

/**
 * Reads `bytes` as a file of `kind` with that kind's one shared reader; never throws. `opts.checkpoint` is the
 * reader's memory cap (the worker's): the assessment reader calls it between its phases, the others once before
 * parsing; past the cap the read ends with the memory refusal.
 */
export function readOutside<K extends OutsideKind>(
  kind: K,
  bytes: Uint8Array,
  name: string,
  opts: ReadOptions = {},
): OutsideResults[K] {
  try {
    if (kind === 'assessment') return readAssessmentFile(bytes, name, opts) as OutsideResults[K];
    opts.checkpoint?.(bytes.length * 4);
    const readers: { [T in Exclude<OutsideKind, 'assessment'>]: () => OutsideResults[T] } = {
      remarks: () => readRemarksFile(bytes, name),
      framework: () => workbookToFramework(bytes),
      'unit-list': () => readUnitSheet(bytes),
    };
    return readers[kind as Exclude<OutsideKind, 'assessment'>]() as OutsideResults[K];
  } catch (e) {
    if (e instanceof MemoryCapExceeded)
      return refusalOf(kind, exchangeError('memory', MEMORY_MESSAGE, `${e.usedBytes} bytes`));
    const detail = e instanceof Error ? e.message : String(e);
    return refusalOf(kind, exchangeError('internal', 'Không đọc được tệp do lỗi không lường trước.', detail));
  }
}
