// What "In / Lưu PDF" reads: the assessment with its receiving unit and the document settings; a commune's
// Tổng hợp on its own machine charts (and prints) its own form; the consolidated input carries the settings.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DOC_SETTINGS } from '@shared/documents/settings';
import { loadFormPrint } from '../../../../renderer/components/print/load-form-print';
import { loadOfficialList } from '../../../../renderer/db/official-lists';
import type { DtiDatabase } from '../../../../renderer/db/database';
import { setDocSettings } from '../../../../renderer/db/repositories/documents';
import { saveEntryField } from '../../../../renderer/db/repositories/entries';
import { gatherConsolidated } from '../../../../renderer/features/handoff/gather';
import { loadSummary } from '../../../../renderer/features/summary/load-summary';
import { freshDb, giaPhongAssessment, giaVienOwnAssessment } from '../../db/fixtures';
import { communeDb, districtDb } from '../../exchange/helpers';
import { shippedJson } from '../../../shared/units/fixtures';
import { exportConsolidated, SHEET_CONSOLIDATED } from '@shared/verify/consolidated';
import * as XLSX from 'xlsx';

let db: DtiDatabase | undefined;
afterEach(async () => {
  db?.close();
  await db?.delete();
  db = undefined;
});

const SETTINGS = { ...DEFAULT_DOC_SETTINGS, preparer: 'Trần Thị Bình', signerName: 'Nguyễn Văn Chủ' };

describe('loadFormPrint', () => {
  it("prints a commune's form to its district with the signers of Cài đặt → Văn bản", async () => {
    db = await communeDb();
    await setDocSettings(db, SETTINGS);
    const a = await giaPhongAssessment(db);
    await saveEntryField(db, a.id, '1.5', { kind: 'raw', name: 'value' }, '85.5');
    const r = await loadFormPrint(db, a.id, Date.UTC(2025, 0, 4, 20));
    if (!r.ok) throw new Error(r.error);
    expect(r.fileName).toBe('DTI_2024_xa-gia-phong_bieu-mau-01.pdf');
    expect(r.print.doc.recipient).toBe('UBND huyện Gia Viễn');
    expect(r.print.doc.dateLine).toBe('Gia Phong, ngày 05 tháng 01 năm 2025');
    expect(r.print.doc.preparer.name).toBe('Trần Thị Bình');
    expect(r.print.doc.head.name).toBe('Nguyễn Văn Chủ');
    expect(r.print.groups[0]!.rows.find((x) => x.code === '1.5')!.value).toBe('85,5 %');
  });

  it('from 7/2025 a commune reports to the UBND tỉnh; the district’s own form to the UBND of its province', async () => {
    await loadOfficialList('2024', async () => shippedJson('2024')); // as the picker or an import would have
    db = await freshDb();
    await db.units.bulkPut([
      { code: '37', name: 'Tỉnh Ninh Bình', type: 'province', parentCode: '', createdAt: 1 },
      { code: '14758', name: 'Xã Gia Phong', type: 'commune', parentCode: '37', createdAt: 1 },
      { code: '373', name: 'Huyện Gia Viễn', type: 'district', parentCode: '', createdAt: 1 },
    ]);
    const own = await giaVienOwnAssessment(db);
    const commune = await loadFormPrint(db, (await giaPhongAssessment(db)).id, Date.now());
    const district = await loadFormPrint(db, own.id, Date.now());
    expect(commune.ok && commune.print.doc.recipient).toBe('UBND tỉnh Ninh Bình');
    expect(commune.ok && commune.print.doc.header.supervising).toBe('UBND TỈNH NINH BÌNH');
    expect(district.ok && district.print.doc.recipient).toBe('UBND tỉnh Ninh Bình');
    expect(district.ok && district.print.doc.header.supervising).toBe('UBND TỈNH NINH BÌNH');
    expect(district.ok && district.print.doc.header.issuing).toBe('ỦY BAN NHÂN DÂN HUYỆN GIA VIỄN');
    expect(district.ok && district.print.title).toContain('CẤP HUYỆN');

    // A district added by hand that the official list does not hold: "UBND tỉnh", no supervising line.
    await db.units.update('373', { code: '373', name: 'Huyện Mới Lập' });
    const byHand = await loadFormPrint(db, own.id, Date.now());
    expect(byHand.ok && byHand.print.doc.recipient).toBe('UBND tỉnh');
    expect(byHand.ok && byHand.print.doc.header.supervising).toBe('');
  });

  it('says so for an assessment that is gone', async () => {
    db = await freshDb();
    expect(await loadFormPrint(db, 'nope', Date.now())).toEqual({ ok: false, error: 'Không tìm thấy bản đánh giá.' });
  });
});

describe("a commune's Tổng hợp", () => {
  it('charts its own filled form (the one its "In / Lưu PDF" prints), no communes’ files', async () => {
    db = await communeDb();
    const a = await giaPhongAssessment(db);
    await saveEntryField(db, a.id, '1.5', { kind: 'raw', name: 'value' }, '85.5');
    const data = await loadSummary(db, { year: 2024, kind: 'year' });
    expect(data.commune?.name).toBe('Xã Gia Phong');
    expect(data.lines).toEqual([]);
    expect(data.units.map((u) => [u.code, u.assessmentId, u.name])).toEqual([['14758', a.id, 'Xã Gia Phong']]);
    expect(await loadSummary(db, { year: 2023, kind: 'year' })).toMatchObject({ units: [] });
  });
});

describe('the consolidated input', () => {
  it('carries the document settings to the consolidated workbook and its minutes', async () => {
    db = await districtDb();
    await giaVienOwnAssessment(db);
    await setDocSettings(db, { ...SETTINGS, numbers: { ...SETTINGS.numbers, consolidated: '21', minutes: '3' } });
    const g = await gatherConsolidated(
      db,
      { year: 2024, kind: 'year' },
      { exportId: 'x', exportedAt: 1, appVersion: '0' },
    );
    if (!g.ok) throw new Error(g.error);
    expect(g.input.documents).toMatchObject({
      signerName: 'Nguyễn Văn Chủ',
      numbers: { consolidated: '21', minutes: '3' },
    });
  });

  it("names a district's province, and gives the table its groups while no commune's file is held", async () => {
    await loadOfficialList('2024', async () => shippedJson('2024'));
    db = await districtDb();
    await giaVienOwnAssessment(db);
    const g = await gatherConsolidated(
      db,
      { year: 2024, kind: 'year' },
      { exportId: 'x', exportedAt: 1, appVersion: '0' },
    );
    if (!g.ok) throw new Error(g.error);
    expect(g.input.province).toBe('Tỉnh Ninh Bình');
    expect(g.input.groups?.map((x) => x.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const wb = XLSX.read((await exportConsolidated(g.input)).bytes, { type: 'array' });
    const texts = (name: string) => Object.values(wb.Sheets[name]!).map((c: { v?: unknown }) => String(c?.v ?? ''));
    expect(texts(SHEET_CONSOLIDATED)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts(SHEET_CONSOLIDATED)).toContain('Kính gửi: UBND tỉnh Ninh Bình');
    // The groups head the appendix's columns, four to a sheet.
    expect(texts('Phụ lục I').some((t) => t.startsWith('1. Nhận thức số'))).toBe(true);
    expect(texts('Phụ lục II').some((t) => t.startsWith('8. '))).toBe(true);
  });
});
