// Issue 10: every outgoing workbook prints as an administrative document. LibreOffice converts the exports to PDF
// and poppler reads the pages: A4 landscape, one page wide, the table header on every page, no machine column, no
// visible apostrophe, the header block on the first page and the date line with both signatures on the last page
// of Biểu mẫu 01. LibreOffice re-saves each file, and the re-saved copies still import with manifest and hash.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOC_SETTINGS, type DocSettings } from '../../../shared/documents/settings';
import { exportAssessment } from '../../../shared/exchange/export';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { normalizeEntries } from '../../../shared/exchange/manifest';
import { type ConsolidatedCommune, exportConsolidated } from '../../../shared/verify/consolidated';
import { exportRemarks } from '../../../shared/verify/remarks';
import { readRemarksFile } from '../../../shared/verify/remarks-read';
import { communeFw, resolveCommune, sampleEntries, sampleInput } from '../exchange/sample';
import { unzip } from '../exchange/zip-tools';
import { agreeAll, ind, layer } from '../verify/fixtures';
import { convert, flat, pdfPages, pdfWords, scratch } from './libreoffice';

const SETTINGS: DocSettings = {
  ...DEFAULT_DOC_SETTINGS,
  place: 'Gia Phong',
  preparer: 'Trần Thị Bình',
  signerName: 'Nguyễn Văn Chủ',
  numbers: { report: '15', remarks: '7', minutes: '3', consolidated: '21' },
};
/** Printed column headers of Biểu mẫu 01 (pdftotext may wrap the longer ones, so their distinctive words). */
const FORM_HEADERS = ['Chỉ số', 'Phương pháp xác định', 'Số liệu', 'Trạng thái', 'Tài liệu kiểm chứng', 'Giải trình'];
const APOSTROPHE = /['’]\s?[-=+@]/;

function communes(): ConsolidatedCommune[] {
  const entries = sampleEntries();
  return ['Xã Gia Phong', 'Xã Gia Trung', 'Xã Gia Vân'].map((name, i) => {
    const layers = agreeAll(communeFw, entries);
    if (i === 1) {
      const e = entries.find((x) => x.code === '1.4')!;
      layers.set('1.4', layer(ind('1.4'), e, { verdict: 'adjust', raw: { value: 'no' }, remark: '- chưa cập nhật' }));
    }
    return {
      unit: { code: String(14758 + i), name },
      framework: communeFw,
      info: sampleInput().info,
      entries,
      layers,
      revision: 1,
      exportId: `e-${i}`,
      fileSha256: String(i).repeat(64),
    };
  });
}

describe('documents printed by LibreOffice', () => {
  const tmp = scratch();
  let files: Record<string, Uint8Array>;
  let pdf: Record<string, { width: number; height: number; pages: string[] }>;
  /** The PDFs themselves, for what the page text does not tell (the size of words). */
  let pdfBytes: Record<string, Uint8Array> = {};
  let resaved: Record<string, Uint8Array>;

  beforeAll(async () => {
    const form = await exportAssessment(sampleInput({ documents: SETTINGS }));
    const cs = communes();
    const consolidated = await exportConsolidated({
      district: { code: '373', name: 'Huyện Gia Viễn' },
      period: { year: 2024, kind: 'year' },
      communes: cs,
      team: [{ name: 'Lê Văn Tổ', position: 'Phó Chủ tịch UBND huyện, Tổ trưởng' }],
      exportId: 'c-1',
      exportedAt: Date.UTC(2025, 1, 3, 3),
      appVersion: '0.1.0',
      documents: SETTINGS,
    });
    const remarks = await exportRemarks({
      framework: communeFw,
      unit: cs[1]!.unit,
      district: { code: '373', name: 'Huyện Gia Viễn' },
      period: { year: 2024, kind: 'year' },
      revision: 1,
      selfEntries: cs[1]!.entries,
      layers: cs[1]!.layers,
      exportId: 'r-1',
      exportedAt: Date.UTC(2025, 1, 3, 3),
      appVersion: '0.1.0',
      documents: SETTINGS,
    });
    files = { 'form.xlsx': form.bytes, 'consolidated.xlsx': consolidated.bytes, 'remarks.xlsx': remarks.bytes };
    const pdfs = convert(tmp.dir, files, 'pdf');
    pdfBytes = pdfs;
    if (process.env.DUMP_PDF)
      for (const [n, b] of Object.entries(pdfs)) writeFileSync(join(process.env.DUMP_PDF, n + '.pdf'), b);
    pdf = Object.fromEntries(Object.entries(pdfs).map(([n, b]) => [n, pdfPages(tmp.dir, b)]));
    resaved = convert(tmp.dir, { 'form.xlsx': form.bytes, 'remarks.xlsx': remarks.bytes }, 'xlsx');
  }, 300_000);
  afterAll(() => tmp.dispose());

  /** The pages of Biểu mẫu 01 (the form sheet prints first; "Tổng hợp" starts with its own title). */
  const formPages = () => {
    const pages = pdf['form.xlsx']!.pages;
    const end = pages.findIndex((p) => flat(p).includes('TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ'));
    return pages.slice(0, end);
  };

  it('prints Biểu mẫu 01 on landscape A4, one page wide, the table header on every page, no machine column', () => {
    const { width, height } = pdf['form.xlsx']!;
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    const pages = formPages();
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((p) => {
      for (const h of FORM_HEADERS) expect(flat(p)).toContain(h);
      expect(p).not.toContain('máy đọc');
    });
    // Page numbers in the top margin from page 2 on.
    expect(pages[1]!.trimStart().startsWith('2')).toBe(true);
    expect(pages[0]!.trimStart().startsWith('1')).toBe(false);
  });

  it('carries the header block first and the date line with both signature blocks on the last page', () => {
    const pages = formPages().map(flat);
    const first = pages[0]!;
    for (const t of [
      'UBND HUYỆN GIA VIỄN',
      'ỦY BAN NHÂN DÂN XÃ GIA PHONG',
      'Số: 15/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BIỂU MẪU 01',
      'Kính gửi: UBND huyện Gia Viễn',
    ])
      expect(first).toContain(t);
    const last = pages.at(-1)!;
    for (const t of [
      'Gia Phong, ngày 15 tháng 01 năm 2025',
      'NGƯỜI LẬP BIỂU',
      '(Ký, ghi rõ họ tên)',
      'Trần Thị Bình',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      '(Ký tên, đóng dấu)',
      'Nguyễn Văn Chủ',
    ])
      expect(last).toContain(t);
  });

  it('shows people words: methods without keys, Vietnamese numbers, formula-looking text with no apostrophe', () => {
    const text = pdf['form.xlsx']!.pages.map(flat).join(' ');
    expect(text).not.toMatch(/\b(truong|pho|khong|ca_hai) =/);
    expect(text).toContain('71,79 %');
    expect(text).toContain('=HYPERLINK(');
    expect(text).toContain('- Đã ban hành');
    expect(text).toContain('+84 912 345 678');
    expect(text).toContain('@SUM(A1:A2)');
    for (const name of Object.keys(pdf)) for (const p of pdf[name]!.pages) expect(p).not.toMatch(APOSTROPHE);
  });

  it("prints each group's count whole on its subtotal line, in the domain's words, not as a status", () => {
    // "Hoàn thành 3/5" read as the status "Hoàn thành"; the longer words once wrapped into a row too low to show them.
    const subtotals = (name: string) =>
      pdf[name]!.pages.flatMap((p) => p.split('\n')).filter((l) => /^\s*Cộng nhóm \d/.test(l));
    const form = subtotals('form.xlsx');
    expect(form).toHaveLength(8);
    for (const l of form) expect(l).toMatch(/\b\d+\/\d+ hoàn thành và cơ bản hoàn thành\b/);
    // The consolidated workbook's commune sheets: the self count and, beside it, the verified one, which may take
    // a second line in its narrower cell (the row is tall enough: the words are all on the page).
    expect(subtotals('consolidated.xlsx').length).toBeGreaterThanOrEqual(24);
    for (const p of pdf['consolidated.xlsx']!.pages.map(flat)) {
      const n = p.match(/Cộng nhóm \d/g)?.length ?? 0;
      expect(p.match(/\d+\/\d+ hoàn thành và cơ bản hoàn thành/g)?.length ?? 0).toBe(2 * n);
    }
    for (const name of Object.keys(pdf)) for (const p of pdf[name]!.pages) expect(p).not.toMatch(/Hoàn thành \d+\//);
  });

  it('prints the consolidated report and its appendix legibly on A4: the totals, then four groups to a page', () => {
    const pages = pdf['consolidated.xlsx']!.pages.map(flat);
    const firstAppendix = pages.findIndex((p) => p.includes('ĐIỂM VÀ SỐ CHỈ SỐ HOÀN THÀNH'));
    const end = pages.findIndex((p) => p.includes('BIỂU MẪU 01'));
    const summary = pages.slice(0, firstAppendix);
    expect(summary.length).toBeGreaterThan(0);
    for (const p of summary)
      for (const h of ['STT', 'Đơn vị', 'Tình trạng', 'Số chỉ số hoàn', 'hạng']) expect(p).toContain(h);
    expect(summary[0]).toContain('Số: 21/BC-UBND');
    expect(summary[0]).toContain('ỦY BAN NHÂN DÂN HUYỆN GIA VIỄN');
    expect(summary.join(' ')).toContain('xem Phụ lục I và Phụ lục II kèm theo');
    expect(summary.join(' ')).toContain('Nguyễn Văn Chủ');
    // The appendix: groups 1–4, then 5–8, each table one page wide, saying which report it goes with.
    const appendix = pages.slice(firstAppendix, end);
    expect(appendix.map((p) => /Phụ lục (I+)\b/.exec(p)?.[1])).toEqual(['I', 'II']);
    for (const p of appendix) {
      for (const h of ['STT', 'Đơn vị', 'Tự đánh', 'Thẩm tra', 'Xã Gia Phong']) expect(p).toContain(h);
      expect(p).toContain('(Kèm theo Báo cáo số 21/BC-UBND ngày 03 tháng 02 năm 2025)');
    }
    expect(appendix[0]).toMatch(/1\. Nhận thức số.*4\. Nhân lực số/);
    expect(appendix[1]).toMatch(/5\. An toàn thông tin mạng.*8\. Hoạt động xã hội số/);
    // Legible: a commune's name in each table is set at table size (11 pt, 10 pt in the appendix; its box is about
    // 1.15 × the size), not shrunk to fit 32 columns on one page (about 6 pt).
    const pageNos = [1, firstAppendix + 1, firstAppendix + 2];
    pdfWords(tmp.dir, pdfBytes['consolidated.xlsx']!, pageNos).forEach((words, i) => {
      const name = words.find((w) => w.word === 'Phong');
      expect(name?.height, `page ${pageNos[i]}`).toBeGreaterThan(10.5);
    });
    // Each commune's verified form: every page has its first and last column.
    const forms = pages.slice(end).filter((p) => p.includes('Phương pháp xác định'));
    expect(forms.length).toBeGreaterThanOrEqual(3);
    for (const p of forms) for (const h of ['TT', 'Chỉ số', 'Kết luận', 'Nhận xét']) expect(p).toContain(h);
    const minutes = pages.filter((p) => p.includes('BIÊN BẢN'));
    expect(minutes.join(' ')).toContain('Số: 3/BB-TTTr');
    expect(minutes.join(' ')).toContain('ĐẠI DIỆN TỔ THẨM TRA');
    // Each commune's minutes is a document of its own: it begins a page, never below another one's signatures.
    expect(pages.map((p) => p.match(/BIÊN BẢN/g)?.length ?? 0).filter((n) => n > 0)).toEqual([1, 1, 1]);
  });

  it('prints the remarks file as a công văn with Kính gửi, V/v, Nơi nhận and the signer', () => {
    const text = pdf['remarks.xlsx']!.pages.map(flat).join(' ');
    for (const t of [
      'ỦY BAN NHÂN DÂN HUYỆN GIA VIỄN',
      'Số: 7/UBND',
      'V/v bổ sung, giải trình',
      'Kính gửi: UBND xã Gia Trung',
      'Nơi nhận:',
      '- Lưu: VT.',
      'Nguyễn Văn Chủ',
      '- chưa cập nhật',
    ])
      expect(text).toContain(t);
  });

  it('writes no formula element in any sheet of any file', () => {
    for (const bytes of Object.values(files))
      for (const [name, data] of unzip(bytes))
        if (name.startsWith('xl/worksheets/')) expect(new TextDecoder().decode(data)).not.toMatch(/<f[\s>]/);
  });

  it('imports the LibreOffice re-saved copies unchanged, with manifest and hash', () => {
    const r = readAssessmentFile(resaved['form.xlsx']!, 'form.xlsx', { resolveFramework: resolveCommune });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.differences).toEqual([]);
    expect(r.problems.filter((p) => p.kind !== 'unparsable')).toEqual([]);
    expect(r.entries).toEqual(normalizeEntries(communeFw, sampleEntries()));
    expect(r.sheetEntries).toEqual(r.entries);
    const m = readRemarksFile(resaved['remarks.xlsx']!, 'remarks.xlsx');
    if (!m.ok) throw new Error(m.error.message);
    expect(m.manifest.remarks.map((x) => x.remark)).toEqual(['- chưa cập nhật']);
  });
});
