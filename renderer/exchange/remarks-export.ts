import type { RemarksManifest } from '@shared/verify';
import type { RemarksInput } from '@shared/verify/remarks';
import type { DtiDatabase } from '../db/database';
import { getDocSettings } from '../db/repositories/documents';
import { entriesOf } from '../db/repositories/entries';
import { frameworkRowOf } from '../db/repositories/frameworks';

/** What the remarks file of one received assessment is made of (also its printed letter). No writes. */
export async function remarksInputOf(
  db: DtiDatabase,
  assessmentId: string,
  appVersion: string,
  now = Date.now(),
): Promise<RemarksInput> {
  const a = await db.assessments.get(assessmentId);
  if (!a) throw new Error('Bản đánh giá không còn trên máy.');
  const [fwRow, unit, entries, documents] = await Promise.all([
    frameworkRowOf(db, a),
    db.units.get(a.unitCode),
    entriesOf(db, assessmentId),
    getDocSettings(db),
  ]);
  if (!fwRow) throw new Error(`Máy này không có bộ chỉ số ${a.frameworkId} phiên bản ${a.frameworkVersion}.`);
  const district = unit?.parentCode ? await db.units.get(unit.parentCode) : undefined;
  const rows = [...entries.values()];
  return {
    framework: fwRow.framework,
    unit: { code: a.unitCode, name: unit?.name ?? a.unitCode },
    district: { code: district?.code ?? '', name: district?.name ?? '' },
    level: district?.type === 'province' ? 'province' : 'district',
    period: a.period,
    revision: Math.max(1, a.imported?.revision ?? a.revision),
    selfEntries: rows,
    layers: new Map(rows.map((e) => [e.code, e.verified])),
    exportId: crypto.randomUUID(),
    exportedAt: now,
    appVersion,
    documents,
  };
}

/** The remarks file of one received assessment (return for correction): bytes, name and manifest. No writes. */
export async function buildRemarksExport(
  db: DtiDatabase,
  assessmentId: string,
  appVersion: string,
  now = Date.now(),
): Promise<{ bytes: Uint8Array; fileName: string; manifest: RemarksManifest }> {
  const input = await remarksInputOf(db, assessmentId, appVersion, now);
  const { exportRemarks } = await import('@shared/verify/remarks');
  return await exportRemarks(input);
}
