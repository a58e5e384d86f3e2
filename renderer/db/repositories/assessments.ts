import { cleanTyped } from '@shared/text/normalize';
import type { DtiDatabase } from '../database';
import { EMPTY_INFO, periodKey } from '@shared/entry/types';
import type { AssessmentRow, GeneralInfo, Period } from '../types';
import { recordChange } from './history';
import { frameworkRowOf } from './frameworks';

export interface NewAssessment {
  unitCode: string;
  period: Period;
  frameworkId: string;
  frameworkVersion: string;
}

/** Creates an assessment, or returns the one already held for the same unit, period and framework version. */
export async function createAssessment(db: DtiDatabase, input: NewAssessment): Promise<AssessmentRow> {
  return db.transaction('rw', db.assessments, db.units, db.frameworks, async () => {
    const unit = await db.units.get(input.unitCode);
    if (!unit) throw new Error(`Không có đơn vị mã ${input.unitCode}.`);
    const fw = await frameworkRowOf(db, input);
    if (!fw) throw new Error(`Chưa có bộ chỉ số ${input.frameworkId} phiên bản ${input.frameworkVersion}.`);
    const wantLevel = unit.type === 'district' ? 'district' : 'commune';
    if (fw.level !== wantLevel) throw new Error(`Bộ chỉ số ${fw.framework.title} không dành cho ${unit.name}.`);
    const key = periodKey(input.period);
    const existing = await db.assessments
      .where('[unitCode+periodKey+frameworkId+frameworkVersion]')
      .equals([input.unitCode, key, input.frameworkId, input.frameworkVersion])
      .first();
    if (existing) return existing;
    const now = Date.now();
    const row: AssessmentRow = {
      id: crypto.randomUUID(),
      ...input,
      periodKey: key,
      status: 'draft',
      revision: 0,
      info: { ...EMPTY_INFO },
      createdAt: now,
      updatedAt: now,
    };
    await db.assessments.add(row);
    return row;
  });
}

/** Every assessment, most recently changed first. */
export async function listAssessments(db: DtiDatabase): Promise<AssessmentRow[]> {
  return db.assessments.orderBy('updatedAt').reverse().toArray();
}

/** Saves one Thông tin chung field, with its history, in one transaction. */
export async function saveInfoField(
  db: DtiDatabase,
  assessmentId: string,
  field: keyof GeneralInfo,
  typed: string,
): Promise<number> {
  const value = cleanTyped(typed); // NFC, single spaces, as the exported workbook holds it
  return db.transaction('rw', db.assessments, db.historyBooks, async () => {
    const a = await db.assessments.get(assessmentId);
    if (!a) throw new Error('Bản đánh giá không còn trên máy.');
    const old = a.info[field] ?? '';
    const now = Date.now();
    if (old === value) return now;
    await db.assessments.update(assessmentId, { info: { ...a.info, [field]: value }, updatedAt: now });
    await recordChange(db, { assessmentId, code: '', field: `info.${field}`, old, new: value, at: now });
    return now;
  });
}
