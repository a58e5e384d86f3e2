/**
 * A framework as an Excel workbook, for provinces that edit frameworks in Excel:
 * - sheet "ChiSo": the catalogue columns exactly (catalogs.md), one row per indicator;
 * - sheet "Nhom": the groups (group_code, group_name_vi, group_name_en, max_points), an empty row, then
 *   metadata rows under the header "thuoc_tinh | gia_tri": id, level, periods ("2024, 2025": before / from
 *   1/7/2025; absent in older files, then the level's default), version, title, sourceNote, threshold_complete,
 *   threshold_basic.
 * Reading returns errors as values naming sheet, row and column; it never throws.
 */
import * as XLSX from 'xlsx';
import { assembleFramework } from '../framework/assemble';
import { CATALOG_COLUMNS, numberOf } from '../framework/columns';
import { indicatorCells, tableRowsFromGrid } from '../framework/catalog';
import { type FrameworkError, type FrameworkResult, frameworkError } from '../framework/errors';
import { checkMeta } from '../framework/meta';
import { type Framework, periodsOf } from '../framework/types';
import { HAND_MADE, type OpenOptions, openOutsideWorkbook } from './open-workbook';
import { sheetToGrid, findSheet, type GridRow } from '../excel/sheet-grid';

/** Name of the indicator sheet (sheet names: ≤ 31 characters, no : \ / ? * [ ]). */
export const SHEET_INDICATORS = 'ChiSo';
/** Name of the groups-and-metadata sheet. */
export const SHEET_GROUPS = 'Nhom';

const GROUP_HEADER = ['group_code', 'group_name_vi', 'group_name_en', 'max_points'] as const;
const META_HEADER = ['thuoc_tinh', 'gia_tri'] as const;
const META_KEYS = [
  'id',
  'level',
  'periods',
  'version',
  'title',
  'sourceNote',
  'threshold_complete',
  'threshold_basic',
] as const;
type MetaKey = (typeof META_KEYS)[number];
const WIDTHS: Record<(typeof CATALOG_COLUMNS)[number], number> = {
  code: 7,
  group_code: 8,
  group_name_vi: 24,
  name_vi: 50,
  name_en: 30,
  value_type: 10,
  unit_vi: 12,
  max_points: 9,
  scoring: 32,
  method_vi: 80,
  evidence_vi: 40,
  provenance: 9,
};

/** Workbook bytes as SheetJS writes them (data files: no styles). */
export function toBytes(wb: XLSX.WorkBook): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** The framework's two sheets ("ChiSo", "Nhom") as a workbook, for a file that carries a framework. */
export function frameworkBook(fw: Framework, withIndicators: boolean): XLSX.WorkBook {
  const names = new Map(fw.groups.map((g) => [g.code, g.name]));
  const rows = withIndicators ? fw.indicators.map((i) => indicatorCells(i, names.get(i.groupCode) ?? '')) : [];
  const chiSo = XLSX.utils.aoa_to_sheet([[...CATALOG_COLUMNS], ...rows]);
  chiSo['!cols'] = CATALOG_COLUMNS.map((c) => ({ wch: WIDTHS[c] }));
  const meta: [MetaKey, string | number][] = [
    ['id', fw.id],
    ['level', fw.level],
    ['periods', periodsOf(fw).join(', ')],
    ['version', fw.version],
    ['title', fw.title],
    ['sourceNote', fw.sourceNote],
    ['threshold_complete', fw.thresholds.complete],
    ['threshold_basic', fw.thresholds.basic],
  ];
  const nhom = XLSX.utils.aoa_to_sheet([
    [...GROUP_HEADER],
    ...fw.groups.map((g) => [g.code, g.name, g.nameEn, g.maxPoints]),
    [],
    [...META_HEADER],
    ...meta,
  ]);
  nhom['!cols'] = [{ wch: 20 }, { wch: 60 }, { wch: 30 }, { wch: 10 }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, chiSo, SHEET_INDICATORS);
  XLSX.utils.book_append_sheet(wb, nhom, SHEET_GROUPS);
  return wb;
}

/** Writes a framework as xlsx bytes (sheets "ChiSo" and "Nhom"). */
export function frameworkToWorkbook(fw: Framework): Uint8Array {
  return toBytes(frameworkBook(fw, true));
}

/**
 * A template to fill in: the same two sheets with `fw`'s groups and metadata, and the indicator rows of `fw`
 * when `withIndicators` is true (default false: header only).
 */
export function frameworkTemplateWorkbook(fw: Framework, withIndicators = false): Uint8Array {
  return toBytes(frameworkBook(fw, withIndicators));
}

/** Reads sheet "Nhom" into a metadata object for `checkMeta`, remembering the row of each field. */
function readGroupsSheet(rows: readonly GridRow[]): {
  input: Record<string, unknown>;
  rowOf: Map<string, number>;
  groupRows: number[];
  rowOfGroup: Map<number, number>;
} {
  const values = new Map<MetaKey, unknown>();
  const rowOf = new Map<string, number>();
  const groups: Record<string, unknown>[] = [];
  const groupRows: number[] = [];
  const rowOfGroup = new Map<number, number>();
  let inMeta = false;
  for (const { row, cells } of rows.slice(1)) {
    const first = typeof cells[0] === 'string' ? cells[0].trim() : cells[0];
    if (cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''))) continue;
    if (first === META_HEADER[0]) {
      inMeta = true;
      continue;
    }
    if (!inMeta) {
      groups.push({ code: cells[0], name: cells[1], nameEn: cells[2], maxPoints: cells[3] });
      groupRows.push(row);
      const code = numberOf(cells[0]);
      if (code !== null && !rowOfGroup.has(code)) rowOfGroup.set(code, row);
    } else if (typeof first === 'string' && (META_KEYS as readonly string[]).includes(first)) {
      values.set(first as MetaKey, cells[1]);
      rowOf.set(first, row);
    }
  }
  const input: Record<string, unknown> = {
    id: values.get('id'),
    level: values.get('level'),
    periods: values.get('periods'),
    version: values.get('version'),
    title: values.get('title'),
    sourceNote: values.get('sourceNote'),
    groups,
  };
  if (values.has('threshold_complete') || values.has('threshold_basic')) {
    input.thresholds = { complete: values.get('threshold_complete'), basic: values.get('threshold_basic') };
    rowOf.set('thresholds', rowOf.get('threshold_complete') ?? rowOf.get('threshold_basic') ?? 0);
  }
  return { input, rowOf, groupRows, rowOfGroup };
}

/**
 * Reads xlsx bytes from outside (through the one guarded door) into a validated framework, or Vietnamese errors
 * naming sheet, row and column.
 */
export function workbookToFramework(
  bytes: Uint8Array,
  opts: Pick<OpenOptions, 'checkpoint'> = {},
): FrameworkResult<Framework> {
  const read = openOutsideWorkbook(bytes, { ...HAND_MADE, ...opts });
  if (!read.ok) {
    const tooLarge = read.error.kind === 'too-large' || read.error.kind === 'zip-bomb' || read.error.kind === 'memory';
    return {
      ok: false,
      errors: [frameworkError(tooLarge ? 'file-too-large' : 'file-unreadable', {}, read.error.message)],
    };
  }
  const errors: FrameworkError[] = [];
  const grids = new Map<string, GridRow[]>();
  for (const name of [SHEET_INDICATORS, SHEET_GROUPS]) {
    const found = findSheet(read.wb, name);
    if (!found) {
      errors.push(frameworkError('sheet-missing', { sheet: name }, `Không có trang tính "${name}" trong tệp.`));
      continue;
    }
    const grid = sheetToGrid(found.sheet);
    if (!grid.ok) {
      const loc = grid.row === undefined ? { sheet: name } : { sheet: name, row: grid.row };
      errors.push(frameworkError(grid.row === undefined ? 'file-too-large' : 'cell-too-long', loc, grid.error));
    } else grids.set(name, grid.rows);
  }
  const chiSo = grids.get(SHEET_INDICATORS);
  const nhom = grids.get(SHEET_GROUPS);
  if (errors.length > 0 || !chiSo || !nhom) return { ok: false, errors };

  const { input, rowOf, groupRows, rowOfGroup } = readGroupsSheet(nhom);
  const meta = checkMeta(input, (field, groupIndex) => {
    const row = groupIndex !== undefined ? groupRows[groupIndex] : rowOf.get(field);
    return row === undefined || row === 0 ? { sheet: SHEET_GROUPS } : { sheet: SHEET_GROUPS, row };
  });
  const table = tableRowsFromGrid(chiSo, SHEET_INDICATORS);
  if (!meta.ok || !table.ok)
    return { ok: false, errors: [...(meta.ok ? [] : meta.errors), ...(table.ok ? [] : table.errors)] };
  return assembleFramework(meta.meta, table.rows, {
    sheet: SHEET_INDICATORS,
    columnLabel: (c) => c,
    groupLocation: (code) => {
      const row = rowOfGroup.get(code);
      return row === undefined ? { sheet: SHEET_GROUPS } : { sheet: SHEET_GROUPS, row };
    },
  });
}
