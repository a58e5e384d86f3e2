/**
 * The verification board's rows as plain data: what each column shows, sorting by any column (names in
 * Vietnamese collation) and filtering by state and by name (diacritic-insensitive). Pure, tested without React.
 */
import { compareVi, foldVi } from '@shared/text/normalize';
import { BOARD_STATES, type BoardState } from '@shared/verify';
import type { CommuneLine } from '../../db/queries/commune-lines';

/** One row of the board. */
export interface BoardRow {
  unitCode: string;
  unitName: string;
  /** The held assessment's id (undefined: no file received). */
  assessmentId: string | undefined;
  /** Revision held (null: no file). */
  revision: number | null;
  entered: number | null;
  total: number | null;
  selfPoints: number | null;
  verifiedPoints: number | null;
  selfCompleted: number | null;
  verifiedCompleted: number | null;
  state: BoardState;
  lastActivity: number | null;
  /** At least one verdict (current or stale) is held: the minutes can be printed. */
  hasVerdicts: boolean;
}

/** Columns the board sorts by. */
export type BoardSortKey =
  | 'name'
  | 'code'
  | 'revision'
  | 'selfCompleted'
  | 'verifiedCompleted'
  | 'selfPoints'
  | 'verifiedPoints'
  | 'state'
  | 'lastActivity';

/** A sort: column and direction. */
export interface BoardSort {
  key: BoardSortKey;
  dir: 'asc' | 'desc';
}

/** What the board filters by: a state (or all) and a name or code fragment. */
export interface BoardFilter {
  state: BoardState | 'all';
  query: string;
}

/** Maps the loaded lines to board rows. */
export function boardRows(lines: readonly CommuneLine[]): BoardRow[] {
  return lines.map((l) => ({
    unitCode: l.unit.code,
    unitName: l.unit.name,
    assessmentId: l.assessment?.id,
    revision: l.assessment?.imported?.revision ?? null,
    entered: l.aggregate?.entered ?? null,
    total: l.figures?.unit.total ?? l.aggregate?.total ?? null,
    selfPoints: l.figures?.unit.selfPoints ?? l.aggregate?.points ?? null,
    verifiedPoints: l.figures && l.layers.size > 0 ? l.figures.unit.verifiedPoints : null,
    selfCompleted: l.figures?.unit.selfCompleted ?? l.aggregate?.completed ?? null,
    verifiedCompleted: l.figures && l.layers.size > 0 ? l.figures.unit.verifiedCompleted : null,
    state: l.state,
    lastActivity: l.lastActivity,
    hasVerdicts: l.layers.size > 0,
  }));
}

// Empty cells (null) sort last in both directions, so "no file yet" never hides the communes that sent one.
function nullsLast(a: number | null, b: number | null, dir: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (a - b) * dir;
}

/** Sorts rows by one column; ties fall back to the name in Vietnamese order, then the code. */
export function sortRows(rows: readonly BoardRow[], sort: BoardSort): BoardRow[] {
  const dir = sort.dir === 'asc' ? 1 : -1;
  const byName = (a: BoardRow, b: BoardRow) =>
    compareVi(a.unitName, b.unitName) || (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0);
  const cmp = (a: BoardRow, b: BoardRow): number => {
    switch (sort.key) {
      case 'name':
        return byName(a, b) * dir;
      case 'code':
        return a.unitCode.localeCompare(b.unitCode, 'en', { numeric: true }) * dir;
      case 'state':
        return (BOARD_STATES.indexOf(a.state) - BOARD_STATES.indexOf(b.state)) * dir;
      default:
        return nullsLast(a[sort.key], b[sort.key], dir);
    }
  };
  return [...rows].sort((a, b) => cmp(a, b) || byName(a, b));
}

/** Keeps the rows in `filter.state` whose name or code contains the query (tones and đ ignored). */
export function filterRows(rows: readonly BoardRow[], filter: BoardFilter): BoardRow[] {
  const q = foldVi(filter.query);
  return rows.filter(
    (r) =>
      (filter.state === 'all' || r.state === filter.state) &&
      (q === '' || foldVi(r.unitName).includes(q) || r.unitCode.includes(q)),
  );
}
