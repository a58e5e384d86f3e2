import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAssessmentFile } from '@shared/exchange/import';
import type { DtiDatabase } from '../../../renderer/db/database';
import { createAssessment, saveInfoField } from '../../../renderer/db/repositories/assessments';
import { saveEntryField } from '../../../renderer/db/repositories/entries';
import { defaultFramework } from '../../../renderer/db/repositories/frameworks';
import { addCommunes, saveDistrict } from '../../../renderer/db/repositories/units';
import { buildAssessmentExport, exportStateLabel, markExported } from '../../../renderer/exchange/export-assessment';
import { freshDb, giaVienOwnAssessment } from '../db/fixtures';
import { loadOfficialList } from '../../../renderer/db/official-lists';
import { shippedJson } from '../../shared/units/fixtures';
import * as XLSX from 'xlsx';

let db: DtiDatabase;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('exporting an assessment', () => {
  it('writes what was typed as the next revision, and counts the revision only once the file was saved', async () => {
    await saveDistrict(db, { code: '377', name: 'Huyện Gia Viễn' });
    await addCommunes(db, '377', [{ code: '09244', name: 'Xã Gia Phong' }]);
    const fw = (await defaultFramework(db, 'commune'))!;
    const a = await createAssessment(db, {
      unitCode: '09244',
      period: { year: 2025, kind: 'year' },
      frameworkId: fw.id,
      frameworkVersion: fw.version,
    });
    await saveEntryField(db, a.id, '1.5', { kind: 'raw', name: 'value' }, '71,79');
    await saveEntryField(db, a.id, '1.5', { kind: 'note' }, '=không phải công thức');
    await saveInfoField(db, a.id, 'population', '12.345');

    const first = await buildAssessmentExport(db, a.id, '0.1.0');
    expect(first.fileName).toBe('DTI_2025_xa-gia-phong_tu-danh-gia_r1.xlsx');
    expect(first.receiverName).toBe('Huyện Gia Viễn');
    // Building twice without saving does not use up a revision.
    expect((await buildAssessmentExport(db, a.id, '0.1.0')).manifest.revision).toBe(1);
    await markExported(db, a.id, 1);
    expect(await db.assessments.get(a.id)).toMatchObject({ revision: 1, status: 'exported' });
    expect((await buildAssessmentExport(db, a.id, '0.1.0')).fileName).toBe('DTI_2025_xa-gia-phong_tu-danh-gia_r2.xlsx');
    await markExported(db, a.id, 1); // a late duplicate never moves the revision back
    expect((await db.assessments.get(a.id))!.revision).toBe(1);

    const read = readAssessmentFile(first.bytes, first.fileName, { resolveFramework: () => fw.framework });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.manifest).toMatchObject({ unit: { code: '09244' }, district: { code: '377' }, revision: 1 });
    expect(read.entries.find((e) => e.code === '1.5')).toMatchObject({
      raw: { value: '71,79' },
      note: '=không phải công thức',
    });
    expect(read.info.population).toBe('12.345');
    expect(read.differences).toEqual([]);
  });

  it('says "Đã sửa sau lần xuất r1 — cần xuất lại" once the form is edited after its export', async () => {
    await saveDistrict(db, { code: '377', name: 'Huyện Gia Viễn' });
    await addCommunes(db, '377', [{ code: '09244', name: 'Xã Gia Phong' }]);
    const fw = (await defaultFramework(db, 'commune'))!;
    const a = await createAssessment(db, {
      unitCode: '09244',
      period: { year: 2025, kind: 'year' },
      frameworkId: fw.id,
      frameworkVersion: fw.version,
    });
    expect(exportStateLabel((await db.assessments.get(a.id))!)).toEqual({ label: 'Nháp', stale: false });
    await saveEntryField(db, a.id, '1.4', { kind: 'raw', name: 'value' }, 'yes');
    await markExported(db, a.id, 1);
    expect(exportStateLabel((await db.assessments.get(a.id))!)).toEqual({ label: 'Đã xuất r1', stale: false });
    await new Promise((r) => setTimeout(r, 5));
    await saveEntryField(db, a.id, '1.4', { kind: 'raw', name: 'value' }, 'no');
    expect(exportStateLabel((await db.assessments.get(a.id))!)).toEqual({
      label: 'Đã sửa sau lần xuất r1 — cần xuất lại',
      stale: true,
    });
  });

  it("addresses a district's own report to its province, and keeps the district as the manifest's receiving unit", async () => {
    await loadOfficialList('2024', async () => shippedJson('2024')); // as the picker or an import would have
    await saveDistrict(db, { code: '373', name: 'Huyện Gia Viễn' });
    const a = await giaVienOwnAssessment(db);
    const out = await buildAssessmentExport(db, a.id, '0.1.0');
    const form = XLSX.read(out.bytes, { type: 'array' }).Sheets['Biểu mẫu 01']!;
    const texts = Object.values(form).map((c: { v?: unknown }) => String(c?.v ?? ''));
    expect(texts).toContain('Kính gửi: UBND tỉnh Ninh Bình');
    expect(texts).toContain('UBND TỈNH NINH BÌNH');
    expect(texts).toContain('ỦY BAN NHÂN DÂN HUYỆN GIA VIỄN');
    expect(texts.some((t) => t.includes('UBND huyện Gia Viễn'))).toBe(false);
    expect(out.manifest.district).toMatchObject({ code: '373', name: 'Huyện Gia Viễn' });
    expect(out.receiverName).toBe('UBND tỉnh Ninh Bình'); // whom the e-mail is addressed to
  });
});
