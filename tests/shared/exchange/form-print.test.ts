// Biểu mẫu 01 as printed by the app: the same words as the exported workbook (header, number, recipient, date
// line, signers from the settings), the method as words, values in Vietnamese number format, statuses as words.
import { describe, expect, it } from 'vitest';
import { formPrint } from '../../../shared/exchange/form-print';
import { DEFAULT_DOC_SETTINGS, type DocSettings } from '../../../shared/documents/settings';
import { communeFw, sampleEntries, sampleInput } from './sample';

const SETTINGS: DocSettings = {
  ...DEFAULT_DOC_SETTINGS,
  place: 'Gia Phong',
  preparer: 'Trần Thị Bình',
  signerName: 'Nguyễn Văn Chủ',
  numbers: { report: '15', remarks: '', minutes: '', consolidated: '' },
};
const AT = Date.UTC(2025, 0, 4, 20); // 5/1/2025 03:00 in Vietnam

function print(
  settings?: DocSettings,
  over: { receivingName?: string; entries?: ReturnType<typeof sampleEntries> } = {},
) {
  const entries = over.entries ?? sampleEntries();
  const e15 = entries.find((e) => e.code === '1.5')!;
  e15.raw = { value: ' 85.5 ' };
  return formPrint({
    framework: communeFw,
    unitName: 'Xã Gia Phong',
    receivingName: over.receivingName ?? 'Huyện Gia Viễn',
    period: { year: 2024, kind: 'year' },
    info: sampleInput().info,
    entries,
    ...(settings ? { settings } : {}),
    at: AT,
  });
}
const row = (p: ReturnType<typeof print>, code: string) =>
  p.groups.flatMap((g) => g.rows).find((r) => r.code === code)!;

describe('the printed Biểu mẫu 01', () => {
  it('has the header block, recipient and title of the exported form', () => {
    const p = print(SETTINGS);
    expect(p.doc.header).toMatchObject({
      supervising: 'UBND HUYỆN GIA VIỄN',
      issuing: 'ỦY BAN NHÂN DÂN XÃ GIA PHONG',
      number: 'Số: 15/BC-UBND',
    });
    expect(p.doc.recipient).toBe('UBND huyện Gia Viễn');
    expect(p.doc.dateLine).toBe('Gia Phong, ngày 05 tháng 01 năm 2025');
    expect(p.title).toBe('BÁO CÁO TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2024');
    expect(p.info[0]).toEqual(['Tên đơn vị', 'Xã Gia Phong']);
    // From 7/2025 a commune reports to the province.
    expect(print(SETTINGS, { receivingName: 'Tỉnh Ninh Bình' }).doc.recipient).toBe('UBND tỉnh Ninh Bình');
  });

  it('signs with the names from Cài đặt → Văn bản, and leaves blanks without them', () => {
    const p = print(SETTINGS);
    expect(p.doc.preparer).toEqual({ title: 'NGƯỜI LẬP BIỂU', note: '(Ký, ghi rõ họ tên)', name: 'Trần Thị Bình' });
    expect(p.doc.head).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
      note: '(Ký tên, đóng dấu)',
      name: 'Nguyễn Văn Chủ',
    });
    const blank = print();
    expect(blank.doc.header.number).toBe(`Số: ${'\u00a0'.repeat(8)}/BC-UBND`);
    expect(blank.doc.dateLine).toMatch(/^Gia Phong, ngày 05 tháng 01 năm 2025$/);
    expect(blank.doc.preparer.name).toBe('');
    expect(blank.doc.head.name).toBe('');
  });

  it('shows values in Vietnamese format, methods and statuses as words, 50 rows in 8 groups', () => {
    const p = print(SETTINGS);
    expect(p.groups).toHaveLength(8);
    expect(p.groups.flatMap((g) => g.rows)).toHaveLength(50);
    expect(row(p, '1.5')).toMatchObject({ value: '85,5 %', points: '21,38', status: 'Cơ bản hoàn thành' });
    expect(row(p, '1.2').value).toBe('a = 12; b = 15');
    const m = row(p, '1.1').method;
    expect(m).toContain('Trưởng ban');
    expect(m).not.toMatch(/truong\s*=|pho\s*=|khong\s*=/);
    expect(row(p, '3.2').method).not.toContain('ca_hai');
    expect(row(p, '1.1').evidence).toBe(
      'Số: 1/QĐ-UBND\nNgày: 15/03/2024\nTrích yếu: Về việc kiện toàn Ban Chỉ đạo\nĐường dẫn: https://gov.vn/a',
    );
    // Giải trình is printed as the Excel file has it: the signed copy says everything the file says.
    const noted = sampleEntries().find((e) => e.note !== '')!;
    expect(row(p, noted.code).note).toBe(noted.note.normalize('NFC'));
    expect(p.groups[0]!.heading).toBe('1. Nhận thức số');
    expect(p.total).toMatch(/^Tổng cộng: [\d.]+(,\d+)?\/1\.000 điểm — chỉ số \d+,\d\d%$/);
    expect(p.sentence).toMatch(/^Đã hoàn thành và cơ bản hoàn thành \d+\/50 chỉ số/);
  });

  it('prints an indicator not entered with no value and "Chưa nhập", diacritics in NFC', () => {
    const p = print(SETTINGS, { entries: sampleEntries().filter((e) => e.code !== '2.1') });
    expect(row(p, '2.1')).toMatchObject({ value: '', points: '', status: 'Chưa nhập', evidence: '' });
    const text = JSON.stringify(p);
    expect(text).toBe(text.normalize('NFC'));
  });
});
