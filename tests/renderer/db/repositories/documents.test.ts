// Cài đặt → Văn bản: the document settings are kept in the meta table (no schema change) and reach the exported
// Biểu mẫu 01 and the remarks công văn; empty settings keep the blanks to be written by hand.
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DOC_SETTINGS } from '@shared/documents/settings';
import type { DtiDatabase } from '../../../../renderer/db/database';
import { getDocSettings, setDocSettings } from '../../../../renderer/db/repositories/documents';
import { saveEntryField } from '../../../../renderer/db/repositories/entries';
import { addCommunes, saveDistrict } from '../../../../renderer/db/repositories/units';
import { buildAssessmentExport } from '../../../../renderer/exchange/export-assessment';
import { buildRemarksExport } from '../../../../renderer/exchange/remarks-export';
import { freshDb, giaPhongAssessment } from '../fixtures';

let db: DtiDatabase;
beforeEach(async () => {
  db = await freshDb();
  await saveDistrict(db, { code: '373', name: 'Huyện Gia Viễn' });
  await addCommunes(db, '373', [{ code: '14758', name: 'Xã Gia Phong' }]);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const SETTINGS = {
  ...DEFAULT_DOC_SETTINGS,
  place: 'Gia Phong',
  preparer: 'Trần Thị Bình',
  signerName: 'Nguyễn Văn Chủ',
  numbers: { report: '15', remarks: '7', minutes: '', consolidated: '' },
};

/** Every cell's text of the first sheet (the printed form), one string. */
function firstSheetText(bytes: Uint8Array): string {
  const wb = XLSX.read(bytes, { type: 'array' });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  return XLSX.utils.sheet_to_csv(ws, { FS: '\t' });
}

describe('document settings', () => {
  it('default to blanks and are kept as entered (NFC)', async () => {
    expect(await getDocSettings(db)).toEqual(DEFAULT_DOC_SETTINGS);
    await setDocSettings(db, { ...SETTINGS, preparer: 'Trần Thị Bình'.normalize('NFD') });
    expect(await getDocSettings(db)).toEqual(SETTINGS);
  });

  it('print in the exported Biểu mẫu 01 and remarks công văn; empty ones keep the blanks', async () => {
    const a = await giaPhongAssessment(db);
    await saveEntryField(db, a.id, '1.5', { kind: 'raw', name: 'value' }, '85.5');
    const blank = firstSheetText((await buildAssessmentExport(db, a.id, '0.1.0')).bytes);
    expect(blank).toContain('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND');
    expect(blank).not.toContain('Trần Thị Bình');

    await setDocSettings(db, SETTINGS);
    const form = firstSheetText((await buildAssessmentExport(db, a.id, '0.1.0')).bytes);
    expect(form).toContain('Số: 15/BC-UBND');
    expect(form).toMatch(/Gia Phong, ngày \d\d tháng \d+ năm \d{4}/);
    expect(form).toMatch(/NGƯỜI LẬP BIỂU\n\(Ký, ghi rõ họ tên\)\n+Trần Thị Bình/);
    expect(form).toMatch(/CHỦ TỊCH\n\(Ký tên, đóng dấu\)\n+Nguyễn Văn Chủ/);

    const remarks = firstSheetText((await buildRemarksExport(db, a.id, '0.1.0')).bytes);
    expect(remarks).toContain('Số: 7/UBND');
    expect(remarks).toContain('Nguyễn Văn Chủ');
  });
});
