import { ubndInText } from '@shared/documents/words';
import type { ExportResult } from '@shared/exchange/export';
import type { DtiDatabase } from '../db/database';
import { getDocSettings } from '../db/repositories/documents';
import { entriesOf } from '../db/repositories/entries';
import { frameworkRowOf } from '../db/repositories/frameworks';
import { receivingNameOf } from '../db/queries/receiving';

/**
 * Builds the Excel file of an assessment as its next revision (r = held revision + 1), with whom its e-mail goes
 * to; the database is not touched.
 */
export async function buildAssessmentExport(
  db: DtiDatabase,
  assessmentId: string,
  appVersion: string,
): Promise<ExportResult & { receiverName: string }> {
  const a = await db.assessments.get(assessmentId);
  if (!a) throw new Error('Bản đánh giá không còn trên máy.');
  const [unit, fw, entries, documents] = await Promise.all([
    db.units.get(a.unitCode),
    frameworkRowOf(db, a),
    entriesOf(db, assessmentId),
    getDocSettings(db),
  ]);
  if (!unit || !fw) throw new Error('Thiếu đơn vị hoặc bộ chỉ số của bản đánh giá.');
  // A district's own report names the district as its manifest's receiving unit (as it always has) and is
  // addressed to its province.
  const district = unit.parentCode ? await db.units.get(unit.parentCode) : unit;
  if (!district) throw new Error('Chưa có thông tin đơn vị nhận (huyện hoặc tỉnh).');
  const receivingName = unit.parentCode ? district.name : await receivingNameOf(db, unit);
  // The layout and the styling writer load only when an export starts (not in the initial bundle).
  const { exportAssessment } = await import('@shared/exchange/export');
  const file = await exportAssessment({
    framework: fw.framework,
    unit: { code: unit.code, name: unit.name, type: unit.type, list: unit.list ?? '' },
    district: {
      code: district.code,
      name: district.name,
      level: district.type === 'province' ? 'province' : 'district',
    },
    period: a.period,
    info: a.info,
    entries: [...entries.values()].map(({ code, raw, evidence, note }) => ({ code, raw, evidence, note })),
    revision: a.revision + 1,
    exportId: crypto.randomUUID(),
    exportedAt: Date.now(),
    appVersion,
    documents,
    ...(receivingName ? { receivingName } : {}),
  });
  // Whom the e-mail is addressed to: the receiving unit as named ("Huyện Gia Viễn"), a district's province as its
  // UBND ("UBND tỉnh Ninh Bình": before 7/2025 a district reported to the province's people's committee).
  const to = receivingName ?? district.name;
  return { ...file, receiverName: unit.parentCode ? to : ubndInText(to) };
}

/** Records that revision `revision` left the machine: the assessment is now "Đã xuất" at that revision. */
export async function markExported(
  db: DtiDatabase,
  assessmentId: string,
  revision: number,
  at = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.assessments, async () => {
    const a = await db.assessments.get(assessmentId);
    if (!a || a.revision >= revision) return;
    await db.assessments.update(assessmentId, { revision, status: 'exported', exportedAt: Math.max(at, a.updatedAt) });
  });
}

/** Where an assessment stands for the list and the form: "Nháp", "Đã xuất r2", or edited since and to export again. */
export function exportStateLabel(a: {
  status: string;
  revision: number;
  updatedAt: number;
  exportedAt?: number | undefined;
  imported?: unknown;
}): { label: string; stale: boolean } {
  if (a.status !== 'exported') return { label: 'Nháp', stale: false };
  if (a.imported) return { label: 'Đã xuất', stale: false };
  if (a.exportedAt !== undefined && a.updatedAt > a.exportedAt)
    return { label: `Đã sửa sau lần xuất r${a.revision} — cần xuất lại`, stale: true };
  return { label: `Đã xuất r${a.revision}`, stale: false };
}
