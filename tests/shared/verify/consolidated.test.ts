// The consolidated workbook: every figure against the engine, ranks with ties, sheet names, no formulas, manifest.
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntryData } from '../../../shared/entry/types';
import { benchConsolidatedInput, rawWrite, sameCells } from '../../../shared/verify/bench';
import {
  buildConsolidatedBook,
  type ConsolidatedCommune,
  exportConsolidated,
} from '../../../shared/verify/consolidated';
import { indexPercent, roundPoints } from '../../../shared/scoring/format';
import { APPENDIX_LAYOUT } from '../../../shared/verify/consolidated-appendix';
import { SUMMARY_LAYOUT } from '../../../shared/verify/consolidated-summary';
import { verificationFigures } from '../../../shared/verify/figures';
import { competitionRanks } from '../../../shared/verify/rank';
import { cleanSheetName, SheetNames } from '../../../shared/verify/sheet-names';
import { readBook } from '../exchange/sample';
import { unzip } from '../exchange/zip-tools';
import { agreeAll, communeFw, districtFw, ind, layer, plainEntries } from './fixtures';

const FORBIDDEN = /[:\\/?*[\]]/;

function commune(
  code: string,
  name: string,
  entries: EntryData[],
  layers = agreeAll(communeFw, entries),
): ConsolidatedCommune {
  return {
    unit: { code, name },
    framework: communeFw,
    info: {
      address: '',
      civilServants: '',
      enterprises: '',
      population: '',
      contactName: '',
      contactPosition: '',
      contactPhone: '',
      contactEmail: '',
    },
    entries,
    layers,
    revision: 2,
    exportId: `e-${code}`,
    fileSha256: code.padStart(64, 'a'),
  };
}

function cells(wb: XLSX.WorkBook, name: string): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, defval: null, raw: true });
}

describe('exportConsolidated', () => {
  const base = plainEntries();
  const lower = base.map((e) => (e.code === '1.4' ? { ...e, raw: { value: 'no' } } : e));
  const reqLayers = agreeAll(communeFw, base);
  reqLayers.set(
    '6.1',
    layer(
      ind('6.1'),
      base.find((e) => e.code === '6.1')!,
      { verdict: 'request', remark: 'Bổ sung' },
    ),
  );
  const communes = [
    commune('3', 'Xã Gia Vân', lower),
    commune('1', 'Xã Gia Phong', base),
    commune('2', 'Xã Gia Hòa', base), // ties with Gia Phong
    commune('4', 'Xã Ân Hòa', base, reqLayers),
    commune('5', 'Xã Gia Phong', base), // same name as another: unique sheet name
    commune('6', 'Phường Đông/Tây: [Khu*1]? rất dài vượt quá ba mươi mốt ký tự', lower),
  ];
  const input = {
    district: { code: '373', name: 'Huyện Gia Viễn' },
    province: 'UBND tỉnh Ninh Bình',
    period: { year: 2025, kind: 'year' as const },
    districtAssessment: {
      framework: districtFw,
      info: communes[0]!.info,
      entries: plainEntries(districtFw),
      revision: 3,
    },
    communes,
    units: [...communes.map((c) => c.unit), { code: '7', name: 'Xã Gia Xuân' }],
    team: [{ name: 'Nguyễn Văn An', position: 'Phó Chủ tịch UBND huyện, Tổ trưởng' }],
    exportId: 'x1',
    exportedAt: Date.UTC(2025, 11, 20, 2),
    appVersion: '0.1.0',
  };
  let out!: Awaited<ReturnType<typeof exportConsolidated>>;
  let wb!: ReturnType<typeof readBook>;
  beforeAll(async () => {
    out = await exportConsolidated(input);
    wb = readBook(out.bytes);
  });

  it('names the file and the sheets: unique, ≤ 31 characters, no forbidden character, manifest hidden', async () => {
    expect(out.fileName).toBe('DTI_2025_huyen-gia-vien_tong-hop_20251220.xlsx');
    expect(wb.SheetNames.slice(0, 4)).toEqual(['Tổng hợp', 'Phụ lục I', 'Phụ lục II', 'Huyện - Biểu mẫu 01']);
    expect(wb.SheetNames.slice(-2)).toEqual(['Biên bản', '_manifest']);
    expect(wb.SheetNames).toHaveLength(4 + communes.length + 2);
    expect(new Set(wb.SheetNames.map((n) => n.toLowerCase())).size).toBe(wb.SheetNames.length);
    for (const n of wb.SheetNames) {
      expect([...n].length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(FORBIDDEN);
    }
    expect(wb.SheetNames).toContain('Xã Gia Phong (2)');
    expect(wb.Workbook?.Sheets?.find((s) => s.name === '_manifest')?.Hidden).toBe(2);
  });

  it('lists every unit in Vietnamese order, figures as shown (2 decimals), ranks only the verified', async () => {
    const rows = cells(wb, 'Tổng hợp');
    const L = SUMMARY_LAYOUT;
    const all = rows.slice(L.firstRow, L.firstRow + communes.length + 1);
    // Each group's figures are in the appendix, groups 1–4 and 5–8, the same units in the same rows.
    const appendix = ['Phụ lục I', 'Phụ lục II'].map((n) =>
      cells(wb, n).slice(APPENDIX_LAYOUT.firstRow, APPENDIX_LAYOUT.firstRow + communes.length + 1),
    );
    for (const a of appendix) expect(a.map((r) => r.slice(0, 3))).toEqual(all.map((r) => r.slice(0, 3)));
    const group = (r: unknown[], gi: number, k: number) =>
      appendix[Math.floor(gi / 4)]![all.indexOf(r)]![APPENDIX_LAYOUT.groupCol(gi % 4) + k];
    expect(all.map((r) => r[1])).toContain('Xã Gia Xuân');
    const missing = all.find((r) => r[1] === 'Xã Gia Xuân')!;
    expect(missing[3]).toBe('Chưa nộp');
    expect(missing.slice(4).every((v) => v === null)).toBe(true);
    for (const a of appendix) expect(a[all.indexOf(missing)]!.slice(3).every((v) => v === '—')).toBe(true);
    const body = all.filter((r) => r[1] !== 'Xã Gia Xuân');
    expect(body.map((r) => r[1])).toEqual([
      'Phường Đông/Tây: [Khu*1]? rất dài vượt quá ba mươi mốt ký tự',
      'Xã Ân Hòa',
      'Xã Gia Hòa',
      'Xã Gia Phong',
      'Xã Gia Phong',
      'Xã Gia Vân',
    ]);
    for (const r of body) {
      const c = communes.find((x) => x.unit.code === r[2])!;
      const f = verificationFigures(communeFw, c.entries, c.layers);
      const done = c.unit.code !== '4';
      f.groups.forEach((g, gi) => {
        expect(group(r, gi, 0)).toBe(roundPoints(g.selfPoints));
        expect(group(r, gi, 1)).toBe(done ? roundPoints(g.verifiedPoints) : 'chưa thẩm tra');
        expect(group(r, gi, 2)).toBe(done ? `${g.verifiedCompleted}/${g.total}` : 'chưa thẩm tra');
      });
      expect(r[L.totalsCol]).toBe(roundPoints(f.self.points));
      expect(r[L.totalsCol + 1]).toBe(done ? roundPoints(f.verified.points) : 'chưa thẩm tra');
      expect(r[L.totalsCol + 2]).toBe(done ? `${f.unit.verifiedCompleted}/${f.unit.total}` : 'chưa thẩm tra');
      expect(r[L.totalsCol + 3]).toBe(done ? indexPercent(f.verified.points, 1000) : '—');
    }
    const rank = Object.fromEntries(body.map((r) => [r[2], r[L.totalsCol + 4]]));
    expect(rank).toEqual({ 1: 1, 2: 1, 5: 1, 3: 4, 6: 4, 4: '—' }); // Ân Hòa has a request outstanding: not ranked
    expect(body.map((r) => r[3])).toEqual([
      'Đã thẩm tra',
      'Chưa thẩm tra (yêu cầu bổ sung 1 chỉ số)',
      'Đã thẩm tra',
      'Đã thẩm tra',
      'Đã thẩm tra',
      'Đã thẩm tra',
    ]);
    expect(rows[L.firstRow - 4]?.[0]).toBe(
      'Số đơn vị: 7; đã nhận: 6; đã thẩm tra: 5; chưa thẩm tra: 1; chưa nộp: 1. Điểm thẩm tra, chỉ số, xếp hạng và nhận định chỉ tính các xã đã thẩm tra xong; xã chưa thẩm tra ghi điểm tự đánh giá.',
    );
    expect(out.sentence).toMatch(/^Đã nhận 6\/7 xã, đã thẩm tra 5; còn 1 xã chưa thẩm tra xong, 1 xã chưa nộp\. /);
    expect(rows.flat()).toContain(out.sentence);
  });

  it('holds the district own assessment and each commune form with verified columns', async () => {
    const d = cells(wb, 'Huyện - Biểu mẫu 01');
    expect(d.filter((r) => districtFw.indicators.some((i) => i.code === r[0]))).toHaveLength(72);
    const name = out.sheetNames.commune.get('4')!;
    const c = cells(wb, name);
    const head = c.find((r) => r[0] === 'TT')!;
    expect(head.slice(10)).toEqual(['Giá trị thẩm tra', 'Điểm thẩm tra', 'Kết luận', 'Nhận xét']);
    const r61 = c.find((r) => r[0] === '6.1')!;
    expect(r61.slice(10)).toEqual([null, null, 'Yêu cầu bổ sung', 'Bổ sung']);
    const f = verificationFigures(communeFw, communes[3]!.entries, communes[3]!.layers);
    const total = c.find((r) => r[1] === 'TỔNG CỘNG')!;
    expect(total[6]).toBe(roundPoints(f.self.points));
    expect(total[11]).toBe('Chưa thẩm tra xong'); // never a partial sum that reads like zeros
    const minutes = cells(wb, 'Biên bản').flat();
    expect(minutes.filter((v) => v === 'BIÊN BẢN')).toHaveLength(communes.length - 1);
    expect(minutes.some((v) => typeof v === 'string' && v.includes('xã Ân Hòa'))).toBe(false);
  });

  it('writes no formula anywhere', async () => {
    for (const [n, data] of unzip(out.bytes))
      if (n.startsWith('xl/worksheets/')) expect(new TextDecoder().decode(data)).not.toMatch(/<f[ >]/);
  });

  it('carries a manifest with district, period, communes, revisions and hashes', async () => {
    const kv = new Map(cells(wb, '_manifest').map((r) => [r[0], r[1]]));
    expect(kv.get('format')).toBe('dti-desk/consolidated');
    expect(kv.get('formatVersion')).toBe('1');
    expect(kv.get('districtCode')).toBe('373');
    expect(kv.get('sha256')).toBe(out.manifestSha256);
    const parts = Number(kv.get('payloadParts'));
    const payload = JSON.parse(Array.from({ length: parts }, (_, i) => kv.get(`payload.${i + 1}`)).join('')) as {
      communes: { code: string; revision: number; fileSha256: string; rank: number | null }[];
      missing: { code: string }[];
      district: { revision: number };
    };
    expect(payload.communes).toHaveLength(6);
    expect(payload.communes.find((c) => c.code === '1')).toMatchObject({
      revision: 2,
      fileSha256: '1'.padStart(64, 'a'),
      rank: 1,
    });
    expect(payload.communes.find((c) => c.code === '4')?.rank).toBeNull();
    expect(payload.missing).toEqual([{ code: '7', name: 'Xã Gia Xuân' }]);
    expect(payload.district.revision).toBe(3);
  });
});

describe('the Tổng hợp header follows the verifier', () => {
  const communes = [commune('14758', 'Xã Gia Phong', plainEntries())];
  const base = {
    period: { year: 2026, kind: 'year' as const },
    communes,
    team: [],
    exportId: 'x2',
    exportedAt: Date.UTC(2026, 11, 5, 2),
    appVersion: '0.1.0',
  };
  const top = async (input: Parameters<typeof exportConsolidated>[0]) =>
    cells(readBook((await exportConsolidated(input)).bytes), 'Tổng hợp')
      .slice(0, 8)
      .flat()
      .filter((c): c is string => typeof c === 'string');

  it('a province: the Sở Khoa học và Công nghệ under and to the UBND tỉnh, signed by its Giám đốc', async () => {
    const input = { ...base, district: { code: '37', name: 'Tỉnh Ninh Bình' }, level: 'province' as const };
    const head = await top(input);
    expect(head).toEqual(
      expect.arrayContaining([
        'UBND TỈNH NINH BÌNH',
        'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
        expect.stringMatching(/^Số:\s+\/BC-SKHCN$/),
        'Ninh Bình, ngày 05 tháng 12 năm 2026',
        'Tổng hợp kết quả thẩm tra mức độ chuyển đổi số cấp xã năm 2026 của tỉnh Ninh Bình',
        'Kính gửi: UBND tỉnh Ninh Bình',
      ]),
    );
    expect(head.join('|')).not.toMatch(/ỦY BAN NHÂN DÂN TỈNH|^UBND TỈNH\|/);
    const all = cells(readBook((await exportConsolidated(input)).bytes), 'Tổng hợp')
      .flat()
      .filter((c): c is string => typeof c === 'string');
    expect(all.some((c) => c.startsWith('GIÁM ĐỐC\n'))).toBe(true);
    expect(all.some((c) => c.includes('TM. ỦY BAN NHÂN DÂN'))).toBe(false);
    // The minutes of a verified commune: the Sở's team, not a UBND.
    const minutes = cells(readBook((await exportConsolidated(input)).bytes), 'Biên bản')
      .flat()
      .filter((c): c is string => typeof c === 'string');
    expect(minutes.slice(0, 4)).toEqual(
      expect.arrayContaining(['SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH BÌNH', 'TỔ THẨM TRA']),
    );
    expect(minutes.join('|')).toContain('Tổ thẩm tra của Sở Khoa học và Công nghệ tỉnh Ninh Bình');
    expect(minutes.join('|')).not.toMatch(/UBND TỈNH|huyện/u);
  });

  it('a district: its UBND under and to the UBND tỉnh', async () => {
    const head = await top({
      ...base,
      district: { code: '373', name: 'Huyện Gia Viễn' },
      province: 'UBND tỉnh Ninh Bình',
    });
    expect(head).toEqual(
      expect.arrayContaining([
        'UBND TỈNH NINH BÌNH',
        'ỦY BAN NHÂN DÂN HUYỆN GIA VIỄN',
        'Tổng hợp kết quả thẩm tra mức độ chuyển đổi số cấp xã năm 2026 của huyện Gia Viễn',
        'Kính gửi: UBND tỉnh Ninh Bình',
      ]),
    );
  });

  it('with no commune held and no groups known, the header block and the signatures still have their two halves', async () => {
    const input = {
      ...base,
      communes: [],
      district: { code: '373', name: 'Huyện Gia Viễn' },
      province: 'Tỉnh Ninh Bình',
    };
    const rows = cells(readBook((await exportConsolidated(input)).bytes), 'Tổng hợp');
    const starts = (text: string) => (c: unknown) => typeof c === 'string' && c.startsWith(text);
    const at = (text: string) => rows.findIndex((r) => r.some(starts(text)));
    const col = (text: string) => rows[at(text)]!.findIndex(starts(text));
    expect(col('ỦY BAN NHÂN DÂN HUYỆN GIA VIỄN')).toBe(0);
    // The right half sits over the table's own columns (up to "Xếp hạng"), not beyond them.
    const lastCol = col('Xếp hạng');
    expect(col('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeGreaterThan(0);
    expect(col('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeLessThanOrEqual(lastCol);
    expect(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(at('UBND TỈNH NINH BÌNH'));
    expect(col('NGƯỜI LẬP BIỂU')).toBe(0);
    expect(col('TM. ỦY BAN NHÂN DÂN')).toBeGreaterThan(0);
    expect(col('TM. ỦY BAN NHÂN DÂN')).toBeLessThanOrEqual(lastCol);
  });
});

describe('ranks and sheet names', () => {
  it('competition ranks: ties share, next skips; compared as printed (2 decimals)', async () => {
    expect(competitionRanks([500, 600, 600, 400])).toEqual([3, 1, 1, 4]);
    expect(competitionRanks([600, 500, 500, 400])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([0.1 + 0.2, 0.3, 0.29])).toEqual([1, 1, 3]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('cleans and de-duplicates sheet names', async () => {
    expect(cleanSheetName("'a:b/c?d*e[f]g\\h'")).toBe('a-b-c-d-e-f-g-h');
    expect(cleanSheetName('   ')).toBe('Trang');
    const names = new SheetNames(['Tổng hợp']);
    const long = 'Thị trấn Rất Rất Dài Của Huyện Gia Viễn Tỉnh Ninh Bình';
    const got = ['tổng hợp', 'History', long, long, long, 'Xã A', 'XÃ A'].map((n) => names.allocate(n));
    expect(got).toEqual([
      'tổng hợp (2)',
      'History (2)',
      long.slice(0, 31).trimEnd(),
      `${long.slice(0, 27).trimEnd()} (2)`,
      `${long.slice(0, 27).trimEnd()} (3)`,
      'Xã A',
      'XÃ A (2)',
    ]);
    for (const n of got) expect([...n].length).toBeLessThanOrEqual(31);
  });
});

describe('bench helper', () => {
  it('builds 129 communes, and the unstyled write of the same cells reads back the same', async () => {
    const input = benchConsolidatedInput(communeFw, 129, districtFw);
    const book = buildConsolidatedBook(input);
    expect(book.rows).toHaveLength(129);
    const raw = await rawWrite(sameCells(book.wb));
    expect(readBook(raw).SheetNames).toEqual(book.wb.sheets.map((s) => s.name));
    for (const row of book.rows.slice(0, 5)) {
      const c = input.communes.find((x) => x.unit.code === row.code)!;
      expect(row.figures!.verified.points).toBeCloseTo(
        verificationFigures(communeFw, c.entries, c.layers).verified.points,
        9,
      );
    }
  });
});
