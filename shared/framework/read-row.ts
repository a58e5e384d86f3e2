/**
 * Reads one catalogue row into an indicator, collecting every problem of the row with its column.
 * Cross-row checks (duplicates, gaps, group sums) are in ./assemble.ts.
 */
import type { CatalogColumn, TableRow } from './columns';
import { numberOf, textOf } from './columns';
import { checkRule } from './check-rule';
import { type ErrorLocation, type FrameworkError, type FrameworkErrorCode, frameworkError } from './errors';
import { parseScoringRule, serializeScoringRule } from './scoring-rule';
import { type Indicator, type Provenance, VALUE_TYPES, type ValueType } from './types';

/** A read row: the indicator when the row is usable, plus the raw group name for consistency checks. */
export interface ReadRow {
  indicator: Indicator | undefined;
  groupName: string;
  /** Code as written (for duplicate and gap checks even when other cells are broken). */
  code: string;
  groupCode: number | null;
}

/** Labels a column in messages: catalogue names for tables, field names for objects. */
export type ColumnLabel = (c: CatalogColumn) => string;

const PROVENANCES = new Set(['', 'V', 'P', 'R', 'I']);

/** Reads `row`; problems go to `errors`, located with `base` (sheet) and the row's number or position. */
export function readRow(row: TableRow, base: ErrorLocation, label: ColumnLabel, errors: FrameworkError[]): ReadRow {
  const before = errors.length;
  const code = textOf(row.cells.get('code')) ?? '';
  const at = (column: CatalogColumn): ErrorLocation => {
    const loc: ErrorLocation = { ...base, column: label(column) };
    if (row.row !== undefined) loc.row = row.row;
    if (row.position !== undefined) loc.position = row.position;
    if (code !== '') loc.indicator = code;
    return loc;
  };
  const fail = (c: FrameworkErrorCode, column: CatalogColumn, text: string): void =>
    void errors.push(frameworkError(c, at(column), text));
  const text = (column: CatalogColumn): string => {
    const v = textOf(row.cells.get(column));
    if (v === null) fail('cell-type', column, 'Ô này phải chứa văn bản.');
    return v ?? '';
  };

  const groupCode = numberOf(row.cells.get('group_code'));
  if (groupCode === null || !Number.isInteger(groupCode) || groupCode < 1) {
    fail(
      'number-invalid',
      'group_code',
      `Mã nhóm "${String(row.cells.get('group_code') ?? '')}" phải là số nguyên dương.`,
    );
  }
  const name = text('name_vi');
  if (name === '') fail('name-missing', 'name_vi', 'Thiếu tên chỉ số.');
  const rawType = text('value_type');
  const valueType = (VALUE_TYPES as readonly string[]).includes(rawType) ? (rawType as ValueType) : undefined;
  if (!valueType) {
    fail(
      'value-type-unknown',
      'value_type',
      `Kiểu giá trị "${rawType}" không hợp lệ; chỉ nhận: ${VALUE_TYPES.join(', ')}.`,
    );
  }
  const maxPoints = numberOf(row.cells.get('max_points'));
  if (maxPoints === null || !(maxPoints > 0)) {
    fail(
      'max-not-positive',
      'max_points',
      `Điểm tối đa phải là số dương, nhận được "${String(row.cells.get('max_points') ?? '')}".`,
    );
  }
  const method = text('method_vi');
  const provenance = text('provenance').toUpperCase();
  if (!PROVENANCES.has(provenance))
    fail(
      'provenance-invalid',
      'provenance',
      `Nguồn gốc "${provenance}" không hợp lệ; chỉ nhận V, P, R, I hoặc để trống.`,
    );

  const ruleText = text('scoring');
  const parsed = parseScoringRule(ruleText);
  let scoring = parsed.ok ? parsed.rule : undefined;
  if (!parsed.ok) fail('rule-unparseable', 'scoring', parsed.error);
  else {
    const checked = checkRule(parsed.rule, valueType, maxPoints ?? undefined, method);
    scoring = checked.rule;
    for (const p of checked.problems) fail(p.code, p.code === 'choice-no-label' ? 'method_vi' : 'scoring', p.text);
  }
  const groupName = text('group_name_vi');
  const fields = { nameEn: text('name_en'), unit: text('unit_vi'), evidence: text('evidence_vi') };
  const head = { code, groupCode: groupCode !== null && Number.isInteger(groupCode) ? groupCode : null, groupName };
  if (errors.length > before || !scoring || !valueType || groupCode === null || maxPoints === null) {
    return { ...head, indicator: undefined };
  }
  const indicator: Indicator = {
    code,
    groupCode,
    name,
    nameEn: fields.nameEn,
    valueType,
    unit: fields.unit,
    maxPoints,
    scoring,
    scoringText: serializeScoringRule(scoring),
    method,
    evidence: fields.evidence,
    provenance: provenance as Provenance,
  };
  return { ...head, indicator };
}
