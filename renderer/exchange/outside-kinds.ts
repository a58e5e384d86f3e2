/**
 * Every kind of file that comes from outside, what reading it gives, and a refusal in each kind's shape (refusals
 * stay values in Vietnamese, in the shape each kind's caller already knows). Light on purpose: no reader and no
 * SheetJS here, so the page can know the kinds without loading the workbook reader; the readers themselves are
 * dispatched by ./outside-dispatch.
 */
import type { ExchangeError } from '@shared/exchange/errors';
import type { ImportRead } from '@shared/exchange/import';
import { MEMORY_MESSAGE } from '@shared/exchange/read-limits';
import { frameworkError, type FrameworkResult } from '@shared/framework/errors';
import type { Framework } from '@shared/framework/types';
import type { UnitListResult } from '@shared/units/unit-list';
import type { RemarksRead } from '@shared/verify/remarks-read';

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
