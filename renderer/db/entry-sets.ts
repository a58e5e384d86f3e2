/**
 * v4 keeps every entry of one assessment in one row (`entrySets`: indicator code → entry), because IndexedDB
 * charges per row: a district's 129 communes are 129 rows instead of 6,450, and backup and restore write a
 * fiftieth of the rows. The app still sees entries as `EntryRow`s; these turn one into the other.
 */
import type { EntryRow, EntrySetRow, StoredEntry } from './types';

function rowOf(assessmentId: string, code: string, stored: StoredEntry): EntryRow {
  return { assessmentId, code, ...stored };
}

/** The entry of one indicator in a set (undefined when it has none). */
export function entryOfSet(set: EntrySetRow | undefined, code: string): EntryRow | undefined {
  const stored = set && Object.hasOwn(set.entries, code) ? set.entries[code] : undefined;
  return stored && set ? rowOf(set.assessmentId, code, stored) : undefined;
}

/** Every entry of a set, by code in IndexedDB's key order (the order v3's `entries` table held them in). */
export function entriesOfSet(set: EntrySetRow | undefined): EntryRow[] {
  if (!set) return [];
  return Object.keys(set.entries)
    .sort()
    .map((code) => rowOf(set.assessmentId, code, set.entries[code]!));
}

/** The set with `rows` (entries of its assessment) put in, replacing those indicators' entries; a new object. */
export function setWithEntries(
  assessmentId: string,
  set: EntrySetRow | undefined,
  rows: readonly EntryRow[],
): EntrySetRow {
  const entries = { ...set?.entries };
  for (const { assessmentId: of, code, ...stored } of rows) {
    if (of !== assessmentId) throw new Error(`Chỉ số ${code} thuộc bản đánh giá khác (${of}).`);
    entries[code] = stored;
  }
  return { assessmentId, entries };
}

/** Entry rows (any assessments, v1–v3's `entries` table) as sets, one per assessment: the v3 → v4 upgrade. */
export function setsFromEntries(rows: readonly EntryRow[]): EntrySetRow[] {
  const sets = new Map<string, EntrySetRow>();
  for (const { assessmentId, code, ...stored } of rows) {
    let set = sets.get(assessmentId);
    if (!set) sets.set(assessmentId, (set = { assessmentId, entries: {} }));
    set.entries[code] = stored;
  }
  return [...sets.values()];
}
