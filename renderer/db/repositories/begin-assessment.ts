import { periodKey } from '@shared/entry/types';
import { listForPeriod } from '@shared/units/official';
import type { DtiDatabase } from '../database';
import type { AssessmentRow, Period } from '../types';
import { createAssessment } from './assessments';
import { defaultFramework } from './frameworks';

/**
 * "Mở bản đánh giá": the assessment of a unit for a period. One already begun for this unit and period is reopened,
 * whatever framework it was begun with, so a newer framework in force (say the set worded for 7/2025) never starts
 * a second, empty one beside it. Otherwise a new one gets the framework of the unit's level that applies to the
 * period's administrative structure (before / from 1/7/2025), see defaultFramework.
 */
export async function beginAssessment(
  db: DtiDatabase,
  unitCode: string,
  period: Period,
): Promise<{ ok: true; row: AssessmentRow } | { ok: false; message: string }> {
  const unit = await db.units.get(unitCode);
  if (!unit) return { ok: false, message: 'Chọn đơn vị.' };
  const key = periodKey(period);
  const begun = await db.assessments
    .where('unitCode')
    .equals(unitCode)
    .filter((a) => a.periodKey === key)
    .sortBy('updatedAt');
  const last = begun[begun.length - 1];
  if (last) return { ok: true, row: last };
  const district = unit.type === 'district';
  const admin = listForPeriod(period);
  // From 1/7/2025 there are no districts: no framework to load would make such an assessment right.
  if (district && admin === '2025')
    return {
      ok: false,
      message:
        'Từ 1/7/2025 không còn cấp huyện: huyện chỉ tự đánh giá các kỳ trước 1/7/2025 ' +
        '(đến năm 2024, hoặc 6 tháng đầu năm 2025).',
    };
  const fw = await defaultFramework(db, district ? 'district' : 'commune', admin);
  if (!fw)
    return {
      ok: false,
      message:
        `Chưa có bộ chỉ số cấp ${district ? 'huyện' : 'xã'} áp dụng cho giai đoạn ` +
        `${admin === '2025' ? 'từ 1/7/2025' : 'trước 1/7/2025'}. Vào Cài đặt để nạp bộ chỉ số.`,
    };
  try {
    const row = await createAssessment(db, { unitCode, period, frameworkId: fw.id, frameworkVersion: fw.version });
    return { ok: true, row };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
