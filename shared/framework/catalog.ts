/**
 * Catalogue CSV ↔ framework. `frameworkFromCatalog(meta, csv)` is the one way the shipped frameworks
 * (renderer/public/frameworks/*.csv + index.json) and imported catalogues become a `Framework`.
 */
import { assembleFramework } from './assemble';
import { CATALOG_COLUMNS, type CatalogColumn, type TableRow, isBlankRow, mapHeader } from './columns';
import { parseCsv, writeCsv } from './csv';
import { type FrameworkError, type FrameworkResult, frameworkError } from './errors';
import { type FrameworkMeta, checkMeta } from './meta';
import type { Framework, Indicator } from './types';

/** Reads catalogue rows from a table whose first row is the header; errors name `sheet` when given. */
export function tableRowsFromGrid(
  grid: readonly { row: number; cells: readonly unknown[] }[],
  sheet?: string,
): { ok: true; rows: TableRow[] } | { ok: false; errors: FrameworkError[] } {
  const base = sheet === undefined ? {} : { sheet };
  const header = grid[0];
  if (!header)
    return { ok: false, errors: [frameworkError('header-missing-column', base, 'Bảng trống: thiếu dòng tiêu đề.')] };
  const { index, missing, duplicated } = mapHeader(header.cells);
  const errors: FrameworkError[] = [
    ...missing.map((c) =>
      frameworkError('header-missing-column', { ...base, row: header.row }, `Thiếu cột "${c}" ở dòng tiêu đề.`),
    ),
    ...duplicated.map((c) =>
      frameworkError(
        'header-duplicate-column',
        { ...base, row: header.row, column: c },
        `Cột "${c}" xuất hiện hai lần.`,
      ),
    ),
  ];
  if (errors.length > 0) return { ok: false, errors };
  const rows: TableRow[] = [];
  for (const rec of grid.slice(1)) {
    if (isBlankRow(rec.cells)) continue;
    const cells = new Map<CatalogColumn, unknown>();
    for (const [col, i] of index) cells.set(col, rec.cells[i]);
    rows.push({ row: rec.row, cells });
  }
  return { ok: true, rows };
}

/** Builds a framework from metadata (as in index.json, checked here) and catalogue CSV text. Never throws. */
export function frameworkFromCatalog(meta: unknown, csvText: string): FrameworkResult<Framework> {
  const m = checkMeta(meta);
  const csv = parseCsv(csvText);
  if (!csv.ok) {
    const err = frameworkError('csv-syntax', { row: csv.row }, csv.error);
    return { ok: false, errors: m.ok ? [err] : [...m.errors, err] };
  }
  const table = tableRowsFromGrid(csv.records);
  if (!m.ok || !table.ok) return { ok: false, errors: [...(m.ok ? [] : m.errors), ...(table.ok ? [] : table.errors)] };
  return assembleFramework(m.meta, table.rows, { columnLabel: (c) => c });
}

/** The catalogue cells of one indicator, in column order (numbers as numbers, for the workbook). */
export function indicatorCells(ind: Indicator, groupName: string): (string | number)[] {
  const byColumn: Record<CatalogColumn, string | number> = {
    code: ind.code,
    group_code: ind.groupCode,
    group_name_vi: groupName,
    name_vi: ind.name,
    name_en: ind.nameEn,
    value_type: ind.valueType,
    unit_vi: ind.unit,
    max_points: ind.maxPoints,
    scoring: ind.scoringText,
    method_vi: ind.method,
    evidence_vi: ind.evidence,
    provenance: ind.provenance,
  };
  return CATALOG_COLUMNS.map((c) => byColumn[c]);
}

/** Writes a framework's indicators as catalogue CSV (the exact format of catalogs.md). */
export function frameworkToCatalogCsv(fw: Framework): string {
  const names = new Map(fw.groups.map((g) => [g.code, g.name]));
  const rows = fw.indicators.map((ind) => indicatorCells(ind, names.get(ind.groupCode) ?? '').map(String));
  return writeCsv([[...CATALOG_COLUMNS], ...rows]);
}

/** Metadata of a framework (everything but its indicators), as index.json or the workbook carries it. */
export function frameworkMeta(fw: Framework): FrameworkMeta {
  return {
    id: fw.id,
    level: fw.level,
    ...(fw.periods ? { periods: [...fw.periods] } : {}),
    version: fw.version,
    title: fw.title,
    sourceNote: fw.sourceNote,
    groups: fw.groups.map((g) => ({ code: g.code, name: g.name, nameEn: g.nameEn, maxPoints: g.maxPoints })),
    thresholds: { ...fw.thresholds },
  };
}
