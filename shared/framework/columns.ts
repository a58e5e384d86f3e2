/**
 * The catalogue table: its columns (CSV header and workbook sheet "ChiSo" alike) and the cell readers used by
 * every importer. Cells are `unknown` until read: a CSV gives strings, a workbook numbers or strings.
 */
import { nfc } from '../text/normalize';
import { parseViNumber } from '../text/numbers';

/** The catalogue columns, in file order (catalogs.md "Columns"). */
export const CATALOG_COLUMNS = [
  'code',
  'group_code',
  'group_name_vi',
  'name_vi',
  'name_en',
  'value_type',
  'unit_vi',
  'max_points',
  'scoring',
  'method_vi',
  'evidence_vi',
  'provenance',
] as const;

/** One catalogue column name. */
export type CatalogColumn = (typeof CATALOG_COLUMNS)[number];

/** The `Indicator` field each column fills (used to name fields when a framework arrives as an object). */
export const COLUMN_FIELD: Readonly<Record<CatalogColumn, string>> = {
  code: 'code',
  group_code: 'groupCode',
  group_name_vi: 'groupName',
  name_vi: 'name',
  name_en: 'nameEn',
  value_type: 'valueType',
  unit_vi: 'unit',
  max_points: 'maxPoints',
  scoring: 'scoringText',
  method_vi: 'method',
  evidence_vi: 'evidence',
  provenance: 'provenance',
};

/** One table row to assemble: its cells by column and where it came from. */
export interface TableRow {
  /** Spreadsheet row number (header = 1); absent for object input. */
  row?: number;
  /** 1-based position among indicators, for object input. */
  position?: number;
  cells: ReadonlyMap<CatalogColumn, unknown>;
}

/** Reads a text cell: trimmed NFC; '' for empty; null when the cell is not text or a number. */
export function textOf(v: unknown): string | null {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return nfc(v).trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** Reads a numeric cell: a finite number, or a string in Vietnamese or plain notation; null otherwise. */
export function numberOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const r = parseViNumber(v);
  return r.ok ? r.value : null;
}

/** True when every cell of a raw row is empty (such rows are skipped: spreadsheets leave them behind). */
export function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((c) => c === undefined || c === null || (typeof c === 'string' && c.trim() === ''));
}

/**
 * Maps header names to column indexes. Columns may come in any order; extra columns are ignored.
 * Returns the map, the missing required columns and the duplicated ones.
 */
export function mapHeader(header: readonly unknown[]): {
  index: Map<CatalogColumn, number>;
  missing: CatalogColumn[];
  duplicated: CatalogColumn[];
} {
  const known = new Set<string>(CATALOG_COLUMNS);
  const index = new Map<CatalogColumn, number>();
  const duplicated: CatalogColumn[] = [];
  header.forEach((h, i) => {
    const name = (textOf(h) ?? '').replace(/^\uFEFF/, '').toLowerCase();
    if (!known.has(name)) return;
    const col = name as CatalogColumn;
    if (index.has(col)) duplicated.push(col);
    else index.set(col, i);
  });
  const missing = CATALOG_COLUMNS.filter((c) => !index.has(c));
  return { index, missing, duplicated };
}
