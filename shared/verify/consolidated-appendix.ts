/**
 * The appendix of the consolidated report (Phụ lục): per group, each unit's self points, verified points and
 * indicators completed (verified). Four groups to a sheet, so that each prints one A4 page wide at table size (the
 * 8 groups of a framework make "Phụ lục I" and "Phụ lục II"); the same rows, in the same order and numbering, as
 * the report's table (./consolidated-summary). Each sheet says which report it goes with.
 */
import { dateWords } from '../documents/words';
import type { SheetDoc } from '../excel/doc';
import { type CellStyle, INT_FMT, POINTS_FMT, S } from '../excel/styles';
import { SheetBuilder } from '../excel/sheet-builder';
import type { Group } from '../framework/types';
import type { ReportRow } from './report';
import { NOT_VERIFIED_CELL, type SummaryCell } from './consolidated-summary';

/** Groups on one appendix sheet. */
export const GROUPS_PER_SHEET = 4;
/** Columns before the groups: STT, Đơn vị, Mã. */
const LEAD = 3;
/** Columns per group: self points, verified points, indicators completed (verified). */
const PER_GROUP = 3;
/** STT, Đơn vị, Mã, then 3 columns for each of 4 groups: 122 characters, one landscape page wide. */
const WIDTHS = [5, 24, 7, ...Array.from({ length: GROUPS_PER_SHEET * PER_GROUP }, () => 7.2)];

const TH: CellStyle = { ...S.th, size: 10 };
const TD: CellStyle = { ...S.td, size: 10 };
const TDR: CellStyle = { ...S.tdRight, size: 10 };
const NUM: CellStyle = { ...S.tdPoints, size: 10, numFmt: POINTS_FMT };

/** Where things are on an appendix sheet (0-based), for readers and tests. */
export const APPENDIX_LAYOUT = {
  firstRow: 6,
  /** The column of the `i`-th group of the sheet (its self points; then verified points, completed). */
  groupCol: (i: number) => LEAD + i * PER_GROUP,
} as const;

/**
 * Where the `k`-th figure (0 self points, 1 verified points, 2 completed) of the `gi`-th group (0-based, across the
 * framework) of the `unit`-th row of the report is in the appendix.
 */
export function appendixCellAt(unit: number, gi: number, k: 0 | 1 | 2): { sheet: string; r: number; c: number } {
  return {
    sheet: appendixName(Math.floor(gi / GROUPS_PER_SHEET) + 1),
    r: APPENDIX_LAYOUT.firstRow + unit,
    c: APPENDIX_LAYOUT.groupCol(gi % GROUPS_PER_SHEET) + k,
  };
}

/** The groups of each appendix sheet, in order. */
export function appendixChunks<T>(groups: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < groups.length; i += GROUPS_PER_SHEET) out.push(groups.slice(i, i + GROUPS_PER_SHEET));
  return out;
}

/** "I", "II", … for the appendix number. */
export function roman(n: number): string {
  const digits: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  for (const [v, d] of digits) for (; n >= v; n -= v) s += d;
  return s;
}

/** The sheet name of appendix `n` (1-based). */
export const appendixName = (n: number): string => `Phụ lục ${roman(n)}`;

/**
 * "(Kèm theo Báo cáo số 21/BC-UBND ngày 03 tháng 02 năm 2025)": the report's number line ("Số: …", whose blank a
 * number not yet given keeps, to be written in by hand) and its date.
 */
export function attachedLine(number: string, at: number): string {
  return `(Kèm theo Báo cáo số ${number.replace(/^Số: /u, '')} ${dateWords(at)})`;
}

/** The cells of one row: STT, Đơn vị, Mã, then per group self, verified, completed; "—" for a unit with no file. */
export function appendixCells(row: ReportRow, groups: readonly Group[], index: number): SummaryCell[] {
  const lead: SummaryCell[] = [index + 1, row.name, row.code];
  if (row.status === 'missing') return [...lead, ...groups.flatMap(() => ['—', '—', '—'])];
  const verified = row.status === 'verified';
  return [
    ...lead,
    ...groups.flatMap((g): SummaryCell[] => {
      const c = row.groups.find((x) => x.groupCode === g.code);
      if (!c) return [null, null, null];
      return verified
        ? [c.selfPoints, c.verifiedPoints, `${c.verifiedCompleted ?? 0}/${c.total}`]
        : [c.selfPoints, NOT_VERIFIED_CELL, NOT_VERIFIED_CELL];
    }),
  ];
}

/** What an appendix sheet says. */
export interface AppendixInput {
  /** 1-based: "Phụ lục I". */
  number: number;
  /** The sheet's groups, whose codes name it ("nhóm 1 đến 4"). */
  groups: readonly Group[];
  /** Every unit of the report, in its order. */
  rows: readonly ReportRow[];
  /** "(Kèm theo Báo cáo số 21/BC-UBND ngày 03 tháng 02 năm 2025)", or '' when the report has no number. */
  attached: string;
}

/** One appendix sheet: its titles, the table (header repeated on every printed page, frozen on screen). */
export function buildAppendixSheet(x: AppendixInput): SheetDoc {
  const last = LEAD + x.groups.length * PER_GROUP - 1;
  const widths = WIDTHS.slice(0, last + 1);
  const b = new SheetBuilder(widths);
  const first = x.groups[0]?.code;
  const final = x.groups.at(-1)?.code;
  const which = first === final ? `nhóm ${first}` : `nhóm ${first} đến ${final}`;
  b.para(0, 0, last, appendixName(x.number), S.title);
  b.para(1, 0, last, `ĐIỂM VÀ SỐ CHỈ SỐ HOÀN THÀNH THEO NHÓM CHỈ SỐ (${which.toUpperCase()})`, S.subtitle);
  if (x.attached !== '') b.para(2, 0, last, x.attached, { ...S.centered, italic: true });
  const h1 = APPENDIX_LAYOUT.firstRow - 2;
  const h2 = h1 + 1;
  ['STT', 'Đơn vị', 'Mã'].forEach((t, c) => b.text(h1, c, t, TH).merge(h1, c, h2, c));
  x.groups.forEach((g, gi) => {
    const c = APPENDIX_LAYOUT.groupCol(gi);
    const title = `${g.code}. ${g.name} (${g.maxPoints} điểm)`;
    b.text(h1, c, title, TH).merge(h1, c, h1, c + 2);
    b.fit(h1, c, c + 2, title, TH.size); // a province's own group names may be longer
    b.text(h2, c, 'Tự đánh giá', TH)
      .text(h2, c + 1, 'Thẩm tra', TH)
      .text(h2, c + 2, 'Hoàn thành (thẩm tra)', TH);
  });
  b.height(h1, 30).height(h2, 42);
  x.rows.forEach((row, i) => {
    const r = APPENDIX_LAYOUT.firstRow + i;
    appendixCells(row, x.groups, i).forEach((cell, c) => {
      if (typeof cell === 'number') b.num(r, c, cell, c === 0 ? { ...NUM, numFmt: INT_FMT } : NUM);
      else if (typeof cell === 'string') b.text(r, c, cell, c < LEAD ? TD : TDR);
      else b.text(r, c, '', TD);
    });
  });
  return b.finish(widths, {
    page: { orientation: 'landscape', lastCol: last, titleRows: [h1, h2] },
    freezeRows: h2 + 1,
  });
}

/** The appendix sheets of a report whose units are `rows`, for `groups` (a framework's). */
export function buildAppendix(
  groups: readonly Group[],
  rows: readonly ReportRow[],
  attached: string,
): { name: string; sheet: SheetDoc }[] {
  return appendixChunks(groups).map((chunk, i) => ({
    name: appendixName(i + 1),
    sheet: buildAppendixSheet({ number: i + 1, groups: chunk, rows, attached }),
  }));
}
