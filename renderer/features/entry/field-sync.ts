import { cleanTyped } from '@shared/text/normalize';

/**
 * One row's fields against the database, when another tab or window may write the same assessment (issue 13).
 * Per field the row knows what it shows (`local`), the database value it last agreed with (`base`), and what another
 * writer saved over an edit of its own (`conflicts`). Pure: the row keeps this in a ref and re-renders on change.
 */
export interface FieldSync {
  local: Record<string, string>;
  base: Record<string, string>;
  conflicts: Record<string, string>;
}

/** A row that starts from what the database holds. */
export function startSync(db: Record<string, string>): FieldSync {
  return { local: { ...db }, base: { ...db }, conflicts: {} };
}

const get = (r: Record<string, string>, k: string) => r[k] ?? '';

/**
 * Whether what the row shows is what the database holds. The database keeps text as `cleanTyped` makes it (NFC,
 * single spaces, trimmed), so "Kế hoạch " being typed is the stored "Kế hoạch", not a different value.
 */
const same = (db: string, shown: string) => db === shown || db === cleanTyped(shown);

/**
 * The database changed (this tab's commit or another's): a field equal to it is settled; a field not edited since
 * its base follows it; a field edited here AND changed there is a conflict, shown until the officer chooses.
 * When that changes nothing, `s` itself is returned, so the row does not render again (a row is reconciled when
 * it mounts and whenever its entry is read again).
 */
export function reconcile(s: FieldSync, db: Record<string, string>): FieldSync {
  const next = reconciled(s, db);
  return sameRecord(next.local, s.local) && sameRecord(next.base, s.base) && sameRecord(next.conflicts, s.conflicts)
    ? s
    : next;
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && a[k] === b[k]);
}

function reconciled(s: FieldSync, db: Record<string, string>): FieldSync {
  const next: FieldSync = { local: { ...s.local }, base: { ...s.base }, conflicts: { ...s.conflicts } };
  for (const k of new Set([...Object.keys(db), ...Object.keys(s.local), ...Object.keys(s.base)])) {
    const d = get(db, k);
    const l = get(s.local, k);
    const b = get(s.base, k);
    if (same(d, l)) {
      next.base[k] = d;
      delete next.conflicts[k];
    } else if (l === b) {
      next.local[k] = d;
      next.base[k] = d;
      delete next.conflicts[k];
    } else if (d !== b) {
      next.conflicts[k] = d;
    }
  }
  return next;
}

/** The officer typed `value`. */
export function edit(s: FieldSync, key: string, value: string): FieldSync {
  return { ...s, local: { ...s.local, [key]: value } };
}

/** This tab's write of `value` committed. */
export function committed(s: FieldSync, key: string, value: string): FieldSync {
  const conflicts = { ...s.conflicts };
  if (same(cleanTyped(value), get(s.local, key))) delete conflicts[key];
  // The database holds the written text as stored (cleanTyped), which the next write must expect.
  return { ...s, base: { ...s.base, [key]: cleanTyped(value) }, conflicts };
}

/** This tab's write was refused: the database holds `theirs`, written elsewhere. */
export function conflicted(s: FieldSync, key: string, theirs: string): FieldSync {
  if (same(theirs, get(s.local, key))) return { ...s, base: { ...s.base, [key]: theirs } };
  return { ...s, conflicts: { ...s.conflicts, [key]: theirs } };
}

/** "Dùng giá trị đã lưu": show what the database holds. */
export function takeTheirs(s: FieldSync, key: string): FieldSync {
  const theirs = get(s.conflicts, key);
  const conflicts = { ...s.conflicts };
  delete conflicts[key];
  return { local: { ...s.local, [key]: theirs }, base: { ...s.base, [key]: theirs }, conflicts };
}

/** "Giữ giá trị của tôi": the edit is written over theirs (the caller queues the write). */
export function keepMine(s: FieldSync, key: string): FieldSync {
  const conflicts = { ...s.conflicts };
  const theirs = get(s.conflicts, key);
  delete conflicts[key];
  return { ...s, base: { ...s.base, [key]: theirs }, conflicts };
}
