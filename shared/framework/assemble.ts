/**
 * Assembles a framework from metadata and catalogue rows, with every cross-row check: codes `group.n` unique and
 * without gaps, groups known and non-empty, group names consistent, indicator points summing to the group max.
 * All readers (CSV, workbook, object) end here, so they report the same errors.
 */
import type { ColumnLabel } from './read-row';
import { readRow } from './read-row';
import type { TableRow } from './columns';
import { type ErrorLocation, type FrameworkError, type FrameworkResult, frameworkError } from './errors';
import type { FrameworkMeta } from './meta';
import type { Framework, Group, Indicator } from './types';

const CODE = /^([1-9]\d*)\.([1-9]\d*)$/;
const EPS = 1e-6;

/** Options: the sheet name for locations, how to label columns, and the meta group row for group errors. */
export interface AssembleOptions {
  sheet?: string;
  columnLabel: ColumnLabel;
  groupLocation?: (groupCode: number) => ErrorLocation;
}

/** Builds and checks a framework from `meta` and `rows`; never throws. */
export function assembleFramework(
  meta: FrameworkMeta,
  rows: readonly TableRow[],
  opts: AssembleOptions,
): FrameworkResult<Framework> {
  const errors: FrameworkError[] = [];
  const base: ErrorLocation = opts.sheet === undefined ? {} : { sheet: opts.sheet };
  const groupLoc = (g: number): ErrorLocation => ({ ...base, ...opts.groupLocation?.(g), group: g });
  if (rows.length === 0) errors.push(frameworkError('no-indicators', base, 'Bộ chỉ số không có chỉ số nào.'));

  const metaGroups = new Map(meta.groups.map((g) => [g.code, g]));
  const groupNames = new Map<number, string>();
  const seenCodes = new Map<string, string>();
  const numbers = new Map<number, number[]>();
  const indicators: Indicator[] = [];

  for (const row of rows) {
    const r = readRow(row, base, opts.columnLabel, errors);
    const loc = (column: Parameters<ColumnLabel>[0]): ErrorLocation => {
      const l: ErrorLocation = { ...base, column: opts.columnLabel(column) };
      if (row.row !== undefined) l.row = row.row;
      if (row.position !== undefined) l.position = row.position;
      if (r.code !== '') l.indicator = r.code;
      return l;
    };
    const here = row.row !== undefined ? `dòng ${row.row}` : `chỉ số thứ ${row.position ?? '?'}`;
    const m = CODE.exec(r.code);
    if (!m) {
      errors.push(
        frameworkError(
          'code-invalid',
          loc('code'),
          `Mã chỉ số "${r.code}" không đúng dạng "nhóm.số thứ tự" (ví dụ 6.12).`,
        ),
      );
    } else if (seenCodes.has(r.code)) {
      errors.push(
        frameworkError(
          'code-duplicate',
          loc('code'),
          `Mã chỉ số "${r.code}" bị trùng (đã có ở ${seenCodes.get(r.code)}).`,
        ),
      );
    } else {
      seenCodes.set(r.code, here);
      const g = Number(m[1]);
      if (r.groupCode !== null && g !== r.groupCode) {
        errors.push(
          frameworkError(
            'code-group-mismatch',
            loc('group_code'),
            `Mã chỉ số "${r.code}" không thuộc nhóm ${r.groupCode}.`,
          ),
        );
      } else {
        const list = numbers.get(g) ?? [];
        list.push(Number(m[2]));
        numbers.set(g, list);
      }
    }
    if (r.groupCode !== null) {
      const mg = metaGroups.get(r.groupCode);
      if (!mg) {
        errors.push(
          frameworkError(
            'group-unknown',
            loc('group_code'),
            `Nhóm ${r.groupCode} không có trong danh sách nhóm của bộ chỉ số.`,
          ),
        );
      } else if (r.groupName !== '') {
        const expected = groupNames.get(r.groupCode) ?? mg.name;
        if (expected !== undefined && expected !== r.groupName) {
          errors.push(
            frameworkError(
              'group-name-mismatch',
              loc('group_name_vi'),
              `Tên nhóm "${r.groupName}" khác tên đã ghi cho nhóm ${r.groupCode} ("${expected}").`,
            ),
          );
        } else groupNames.set(r.groupCode, r.groupName);
      }
    }
    if (r.indicator) indicators.push(r.indicator);
  }

  const groups: Group[] = [];
  for (const g of meta.groups) {
    const name = g.name ?? groupNames.get(g.code) ?? '';
    if (name === '') errors.push(frameworkError('name-missing', groupLoc(g.code), `Thiếu tên của nhóm ${g.code}.`));
    groups.push({ code: g.code, name, nameEn: g.nameEn, maxPoints: g.maxPoints });
    const ns = (numbers.get(g.code) ?? []).sort((a, b) => a - b);
    if (ns.length === 0 && rows.length > 0) {
      errors.push(frameworkError('group-empty', groupLoc(g.code), `Nhóm ${g.code} không có chỉ số nào.`));
      continue;
    }
    for (let n = 1; n <= (ns[ns.length - 1] ?? 0); n++) {
      if (!ns.includes(n)) {
        errors.push(
          frameworkError(
            'code-gap',
            groupLoc(g.code),
            `Nhóm ${g.code} thiếu chỉ số ${g.code}.${n} (các chỉ số phải đánh số liên tục từ 1).`,
          ),
        );
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  for (const g of groups) {
    const sum = indicators.filter((i) => i.groupCode === g.code).reduce((s, i) => s + i.maxPoints, 0);
    if (Math.abs(sum - g.maxPoints) > EPS) {
      errors.push(
        frameworkError(
          'group-sum',
          groupLoc(g.code),
          `Tổng điểm tối đa các chỉ số của nhóm ${g.code} "${g.name}" là ${sum}, khác điểm tối đa của nhóm (${g.maxPoints}).`,
        ),
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const { id, level, periods, version, title, sourceNote, thresholds } = meta;
  return {
    ok: true,
    framework: {
      id,
      level,
      ...(periods ? { periods: [...periods] } : {}),
      version,
      title,
      sourceNote,
      groups,
      indicators,
      thresholds: { ...thresholds },
    },
  };
}
