import { exportAssessment, type ExportResult } from '@shared/exchange/export';
import type { DtiDatabase } from '../../db/database';
import { entriesOf } from '../../db/repositories/entries';

/** Builds the Excel file of an assessment as its next revision (r = held revision + 1); the database is not touched. */
export async function buildAssessmentExport(
  db: DtiDatabase,
  assessmentId: string,
  appVersion: string,
): Promise<ExportResult> {
  const a = await db.assessments.get(assessmentId);
  if (!a) throw new Error('Bản đánh giá không còn trên máy.');
  const [unit, fw, entries] = await Promise.all([
    db.units.get(a.unitCode),
    db.frameworks.get([a.frameworkId, a.frameworkVersion]),
    entriesOf(db, assessmentId),
  ]);
  if (!unit || !fw) throw new Error('Thiếu đơn vị hoặc bộ chỉ số của bản đánh giá.');
  const district = unit.parentCode ? await db.units.get(unit.parentCode) : unit;
  if (!district) throw new Error('Chưa có thông tin huyện.');
  return exportAssessment({
    framework: fw.framework,
    unit: { code: unit.code, name: unit.name, type: unit.type },
    district: { code: district.code, name: district.name },
    period: a.period,
    info: a.info,
    entries: [...entries.values()].map(({ code, raw, evidence, note }) => ({ code, raw, evidence, note })),
    revision: a.revision + 1,
    exportId: crypto.randomUUID(),
    exportedAt: Date.now(),
    appVersion,
  });
}

/** Records that revision `revision` left the machine: the assessment is now "Đã xuất" at that revision. */
export async function markExported(db: DtiDatabase, assessmentId: string, revision: number): Promise<void> {
  await db.transaction('rw', db.assessments, async () => {
    const a = await db.assessments.get(assessmentId);
    if (!a || a.revision >= revision) return;
    await db.assessments.update(assessmentId, { revision, status: 'exported' });
  });
}
