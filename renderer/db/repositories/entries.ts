import type { RawField } from '@shared/entry/raw';
import { cleanTyped } from '@shared/text/normalize';
import type { DtiDatabase } from '../database';
import { entriesOfSet, entryOfSet, setWithEntries } from '../entry-sets';
import type { EntryRow, Evidence } from '../types';
import { recordChange } from './history';

/** A field of an indicator row: one raw input, one evidence field, or the giải trình. */
export type EntryField =
  { kind: 'raw'; name: RawField } | { kind: 'evidence'; name: keyof Evidence } | { kind: 'note' };

/** The history label of a field, e.g. "raw.numerator", "evidence.docDate", "note". */
export function fieldKey(f: EntryField): string {
  return f.kind === 'note' ? 'note' : `${f.kind}.${f.name}`;
}

/** The field a `fieldKey` names ("raw.numerator", "evidence.docDate", "note"). */
export function fieldOfKey(key: string): EntryField {
  if (key.startsWith('raw.')) return { kind: 'raw', name: key.slice(4) as RawField };
  if (key.startsWith('evidence.')) return { kind: 'evidence', name: key.slice(9) as keyof Evidence };
  return { kind: 'note' };
}

/** An entry with nothing in it. */
export function emptyEntry(assessmentId: string, code: string): EntryRow {
  return {
    assessmentId,
    code,
    raw: {},
    evidence: { docNumber: '', docDate: '', summary: '', link: '' },
    note: '',
    updatedAt: 0,
  };
}

/** Every field of an entry by its history label ('raw.value', 'evidence.docDate', 'note'); absent fields are ''. */
export function entryFieldValues(e: EntryRow | undefined): Record<string, string> {
  const out: Record<string, string> = { note: e?.note ?? '' };
  for (const [k, v] of Object.entries(e?.raw ?? {})) out[`raw.${k}`] = v ?? '';
  for (const [k, v] of Object.entries(e?.evidence ?? {})) out[`evidence.${k}`] = v ?? '';
  return out;
}

function read(e: EntryRow, f: EntryField): string {
  if (f.kind === 'raw') return e.raw[f.name] ?? '';
  if (f.kind === 'evidence') return e.evidence[f.name] ?? '';
  return e.note;
}

function write(e: EntryRow, f: EntryField, value: string): EntryRow {
  if (f.kind === 'raw') return { ...e, raw: { ...e.raw, [f.name]: value } };
  if (f.kind === 'evidence') return { ...e, evidence: { ...e.evidence, [f.name]: value } };
  return { ...e, note: value };
}

/**
 * Raised when a field changed in the database (another tab or window saved it) since the value the edit was made
 * on: nothing was written, and `current` is what the database holds.
 */
export class EditConflictError extends Error {
  override name = 'EditConflictError';
  constructor(readonly current: string) {
    super('Ô này vừa được sửa ở một cửa sổ khác.');
  }
}

/**
 * Saves one field of one indicator as typed, in the stored form (`cleanTyped`: NFC, single spaces, trimmed — the
 * form the exported workbook carries), with its history line and the assessment's last-change time, in one
 * transaction. Resolves with the commit time only after the transaction committed. With `expected` (the
 * value the edit was made on) a field that holds something else by now is not overwritten: EditConflictError.
 */
export async function saveEntryField(
  db: DtiDatabase,
  assessmentId: string,
  code: string,
  field: EntryField,
  typed: string,
  expected?: string,
): Promise<number> {
  const value = cleanTyped(typed);
  return db.transaction('rw', db.entrySets, db.historyBooks, db.assessments, async () => {
    const now = Date.now();
    const set = await db.entrySets.get(assessmentId);
    const current = entryOfSet(set, code) ?? emptyEntry(assessmentId, code);
    const old = read(current, field);
    if (old === value) return now;
    if (expected !== undefined && old !== expected) throw new EditConflictError(old);
    const changed = await db.assessments.update(assessmentId, { updatedAt: now });
    if (!changed) throw new Error('Bản đánh giá không còn trên máy.');
    await db.entrySets.put(setWithEntries(assessmentId, set, [{ ...write(current, field, value), updatedAt: now }]));
    await recordChange(db, { assessmentId, code, field: fieldKey(field), old, new: value, at: now });
    return now;
  });
}

/** All entries of an assessment, keyed by indicator code. */
export async function entriesOf(db: DtiDatabase, assessmentId: string): Promise<Map<string, EntryRow>> {
  const rows = entriesOfSet(await db.entrySets.get(assessmentId));
  return new Map(rows.map((r) => [r.code, r]));
}
