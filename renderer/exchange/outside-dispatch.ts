/**
 * The one pure reader of each outside kind (all behind the guarded door, shared/exchange/open-workbook). The import
 * worker calls `readOutside` for whatever kind a request names; the page calls the very same function for a small
 * file or where no worker can run (loading it, and SheetJS, only then), so a file gets the same answer wherever it
 * was read.
 */
import { exchangeError } from '@shared/exchange/errors';
import { workbookToFramework } from '@shared/exchange/framework-workbook';
import { readAssessmentFile, type ReadOptions } from '@shared/exchange/import';
import { MEMORY_MESSAGE, MemoryCapExceeded } from '@shared/exchange/read-limits';
import { readUnitSheet } from '@shared/units/unit-sheet';
import { readRemarksFile } from '@shared/verify/remarks-read';
import { type OutsideKind, type OutsideResults, refusalOf } from './outside-kinds';

/**
 * Reads `bytes` as a file of `kind` with that kind's one shared reader; never throws. `opts.checkpoint` is the
 * reader's memory cap (the worker's), handed to the door (shared/exchange/open-workbook), which calls it before
 * SheetJS parses with the estimate from the unpacked parts (the assessment reader calls it again after the form is
 * read); past the cap the read ends with the memory refusal.
 */
export function readOutside<K extends OutsideKind>(
  kind: K,
  bytes: Uint8Array,
  name: string,
  opts: ReadOptions = {},
): OutsideResults[K] {
  try {
    const door = opts.checkpoint ? { checkpoint: opts.checkpoint } : {};
    const readers: { [T in OutsideKind]: () => OutsideResults[T] } = {
      assessment: () => readAssessmentFile(bytes, name, opts),
      remarks: () => readRemarksFile(bytes, name, door),
      framework: () => workbookToFramework(bytes, door),
      'unit-list': () => readUnitSheet(bytes, door),
    };
    return readers[kind]() as OutsideResults[K];
  } catch (e) {
    if (e instanceof MemoryCapExceeded)
      return refusalOf(kind, exchangeError('memory', MEMORY_MESSAGE, `${e.usedBytes} bytes`));
    const detail = e instanceof Error ? e.message : String(e);
    return refusalOf(kind, exchangeError('internal', 'Không đọc được tệp do lỗi không lường trước.', detail));
  }
}
