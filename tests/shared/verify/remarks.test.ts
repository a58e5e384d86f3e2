// The remarks file: round trip, human sheet, and hostile inputs (random bytes, an assessment file, edits).
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { exportAssessment } from '../../../shared/exchange/export';
import { benchConsolidatedInput } from '../../../shared/verify/bench';
import { exportConsolidated } from '../../../shared/verify/consolidated';
import { exportRemarks, type RemarksInput } from '../../../shared/verify/remarks';
import { DEFAULT_DOC_SETTINGS } from '../../../shared/documents/settings';
import { readRemarksFile } from '../../../shared/verify/remarks-read';
import { readBook, sampleInput, writeBook } from '../exchange/sample';
import { unzip } from '../exchange/zip-tools';
import { agreeAll, AT, communeFw, giaPhongRemarks, ind, layer, sampleEntries } from './fixtures';

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const entries = sampleEntries();

function input(): RemarksInput {
  const layers = agreeAll(communeFw, entries);
  layers.set(
    '1.2',
    layer(ind('1.2'), entries[1]!, {
      verdict: 'request',
      remark: '=HYPERLINK("http://x","bấm") — bổ sung biên bản',
      verifier: 'Lê Thị Hoa',
    }),
  );
  layers.set(
    '1.4',
    layer(ind('1.4'), entries[3]!, {
      verdict: 'adjust',
      raw: { value: 'no' },
      remark: 'Chuyên mục chưa cập nhật'.normalize('NFD'),
      verifier: 'Trần Văn Bình',
    }),
  );
  layers.set('3.1', {
    ...layer(ind('3.1'), entries[9]!, { verdict: 'request', remark: 'cũ' }),
    stale: { revision: 2, at: AT, changes: [] },
  });
  return giaPhongRemarks(entries, layers, 'a1b2c3');
}

function setManifest(bytes: Uint8Array, key: string, value: string | null): Uint8Array {
  const wb = readBook(bytes);
  const ws = wb.Sheets._manifest!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
  const r = rows.findIndex((row) => row[0] === key);
  const at = r >= 0 ? r : rows.length;
  XLSX.utils.sheet_add_aoa(ws, [[key, value]], { origin: { r: at, c: 0 } });
  return writeBook(wb);
}

describe('remarks file', () => {
  it('round trips: requests then adjustments, stale ones left out, exact remarks', async () => {
    const out = await exportRemarks(input());
    expect(out.fileName).toBe('DTI_2025_xa-gia-phong_yeu-cau-bo-sung_r1.xlsx');
    const r = readRemarksFile(out.bytes, out.fileName);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.manifest).toEqual(out.manifest);
    expect(r.manifest).toMatchObject({
      format: 'dti-desk/remarks',
      formatVersion: 1,
      revision: 1,
      framework: { id: 'ninh-binh-xa', version: '2022.1' },
      period: { year: 2025, kind: 'year' },
    });
    expect(r.manifest.remarks.map((x) => [x.code, x.verdict])).toEqual([
      ['1.2', 'request'],
      ['1.4', 'adjust'],
    ]);
    expect(r.manifest.remarks[0]!.remark).toBe('=HYPERLINK("http://x","bấm") — bổ sung biên bản');
    expect(r.manifest.remarks[1]).toMatchObject({
      raw: { value: 'no' },
      remark: 'Chuyên mục chưa cập nhật'.normalize('NFC'),
      verifier: 'Trần Văn Bình',
    });
    expect(r.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('asks only for what there is: no "0 chỉ số" when there are only requests or only adjustments', async () => {
    const sentences = async (verdicts: Record<string, 'request' | 'adjust'>) => {
      const layers = agreeAll(communeFw, entries);
      for (const [code, verdict] of Object.entries(verdicts)) {
        const i = entries.findIndex((e) => e.code === code);
        const over = verdict === 'adjust' ? { verdict, raw: { value: 'no' }, remark: 'x' } : { verdict, remark: 'x' };
        layers.set(code, layer(ind(code), entries[i]!, over));
      }
      const out = await exportRemarks(giaPhongRemarks(entries, layers, 'a1b2c3'));
      const rows = XLSX.utils.sheet_to_json<unknown[]>(readBook(out.bytes).Sheets['Yêu cầu bổ sung']!, { header: 1 });
      const flat = rows.flat().map(String);
      return {
        intro: flat.find((t) => t.startsWith('Qua thẩm tra')) ?? '',
        close: flat.find((t) => t.startsWith('Đề nghị')) ?? '',
      };
    };
    const adjustedOnly = await sentences({ '1.4': 'adjust' });
    expect(adjustedOnly.intro).toMatch(/đề nghị UBND xã Gia Phong ghi nhận 1 chỉ số được điều chỉnh như sau:$/);
    expect(adjustedOnly.intro).not.toMatch(/(^|\D)0 chỉ số/);
    expect(adjustedOnly.close).toContain('cập nhật số liệu trên DTI Desk theo kết quả thẩm tra');
    expect(adjustedOnly.close).not.toContain('hoàn thiện hồ sơ');
    const requestsOnly = await sentences({ '1.2': 'request', '3.1': 'request' });
    expect(requestsOnly.intro).toMatch(/đề nghị UBND xã Gia Phong bổ sung, giải trình 2 chỉ số như sau:$/);
    expect(requestsOnly.close).toContain('hoàn thiện hồ sơ');
    const both = await sentences({ '1.2': 'request', '1.4': 'adjust' });
    expect(both.intro).toMatch(/bổ sung, giải trình 1 chỉ số và ghi nhận 1 chỉ số được điều chỉnh như sau:$/);
  });

  it('writes a human sheet with code, name, self value, remark, verifier and date, and no formula', async () => {
    const out = await exportRemarks(input());
    const wb = readBook(out.bytes);
    expect(wb.SheetNames).toEqual(['Yêu cầu bổ sung', '_manifest']);
    expect(wb.Workbook?.Sheets?.[1]?.Hidden).toBe(2);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Yêu cầu bổ sung']!, { header: 1, defval: '' });
    const flat = rows.flat().map(String);
    // A công văn: issuing body, number without type, subject, recipient; the framework by its title, not its id.
    expect(flat).toContain('ỦY BAN NHÂN DÂN HUYỆN GIA VIỄN');
    expect(flat.some((t) => /^Số: +\/UBND$/u.test(t.replace(/\u00a0/g, ' ')))).toBe(true);
    expect(flat.some((t) => t.startsWith('V/v bổ sung, giải trình kết quả tự đánh giá'))).toBe(true);
    expect(flat).toContain('Kính gửi: UBND xã Gia Phong');
    const intro = flat.find((t) => t.startsWith('Qua thẩm tra')) ?? '';
    expect(intro).toContain(`${communeFw.title}, phiên bản ${communeFw.version}`);
    expect(intro).not.toContain(communeFw.id);
    expect(flat.some((t) => t.startsWith('Nơi nhận:') && t.endsWith('- Lưu: VT.'))).toBe(true);
    const head = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[head]).toEqual([
      'STT',
      'Mã chỉ số',
      'Chỉ số',
      'Số liệu tự đánh giá',
      'Kết luận',
      'Giá trị thẩm tra',
      'Nhận xét, yêu cầu',
      'Người thẩm tra',
      'Ngày',
    ]);
    expect(rows[head + 1]).toEqual([
      1,
      '1.2',
      ind('1.2').name,
      'a = 12; b = 15',
      'Yêu cầu bổ sung',
      '',
      '=HYPERLINK("http://x","bấm") — bổ sung biên bản',
      'Lê Thị Hoa',
      '15/12/2025',
    ]);
    expect(rows[head + 2]!.slice(1, 6)).toEqual(['1.4', ind('1.4').name, 'Có', 'Điều chỉnh', 'Không']);
    for (const [name, data] of unzip(out.bytes))
      if (name.startsWith('xl/worksheets/')) expect(new TextDecoder().decode(data)).not.toMatch(/<f[ >]/);
  });

  it("from 1/7/2025 the letter is the Sở Khoa học và Công nghệ's, under the UBND tỉnh, signed by its Giám đốc", async () => {
    const flatOf = async (i: RemarksInput) =>
      XLSX.utils
        .sheet_to_json<unknown[]>(readBook((await exportRemarks(i)).bytes).Sheets['Yêu cầu bổ sung']!, {
          header: 1,
          defval: '',
        })
        .flat()
        .map((t) => String(t).replace(/\u00a0/g, ' '));
    const sở = { ...input(), district: { code: '37', name: 'Tỉnh Ninh Bình' }, level: 'province' as const };
    const flat = await flatOf(sở);
    expect(flat).toContain('UBND TỈNH NINH BÌNH');
    expect(flat).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(flat).not.toContain('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH');
    expect(flat.some((t) => /^Số: +\/SKHCN$/u.test(t))).toBe(true);
    expect(flat.some((t) => t.startsWith('GIÁM ĐỐC'))).toBe(true);
    expect(flat.some((t) => t.includes('TM. ỦY BAN NHÂN DÂN'))).toBe(false);
    // A signer of Cài đặt → Văn bản is kept.
    const deputy = await flatOf({
      ...sở,
      documents: { ...DEFAULT_DOC_SETTINGS, signerAuthority: 'KT. GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC' },
    });
    expect(deputy.some((t) => t.startsWith('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'))).toBe(true);
  });

  it('refuses an assessment file, naming what it is', async () => {
    const a = await exportAssessment(sampleInput());
    const r = readRemarksFile(a.bytes, a.fileName);
    expect(r.ok ? 'ok' : r.error.kind).toBe('unknown-format');
    if (!r.ok) expect(r.error.message).toMatch(/tệp tự đánh giá, không phải tệp yêu cầu bổ sung/);
  });

  it('refuses a consolidated workbook, naming what it is', async () => {
    const c = await exportConsolidated(benchConsolidatedInput(communeFw, 2));
    const r = readRemarksFile(c.bytes, c.fileName);
    expect(r.ok ? 'ok' : r.error.message).toMatch(/tệp tổng hợp gửi tỉnh/);
  });

  it('refuses random bytes, empty and truncated files with Vietnamese messages, never throwing (property)', async () => {
    const good = (await exportRemarks(input())).bytes;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 4096 }),
          fc.integer({ min: 0, max: good.length - 1 }).map((n) => good.slice(0, n)),
        ),
        (bytes) => {
          const r = readRemarksFile(bytes, 'x.xlsx');
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.message).toMatch(VIETNAMESE);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses edited remarks (hash), a future version, a broken payload and a duplicated key', async () => {
    const out = await exportRemarks(input());
    const payload = out.manifest.remarks;
    const edited = JSON.stringify({ remarks: payload.map((x, i) => (i === 0 ? { ...x, remark: 'đã sửa' } : x)) });
    const kind = (b: Uint8Array) => {
      const r = readRemarksFile(b, 'x.xlsx');
      return r.ok ? 'ok' : r.error.kind;
    };
    expect(kind(setManifest(setManifest(out.bytes, 'payloadParts', '1'), 'payload.1', edited))).toBe('hash-mismatch');
    expect(kind(setManifest(out.bytes, 'formatVersion', '2'))).toBe('future-version');
    expect(kind(setManifest(out.bytes, 'payload.1', '{"remarks":['))).toBe('manifest-invalid');
    expect(kind(setManifest(out.bytes, 'revision', '0'))).toBe('manifest-invalid');
    const wb = readBook(out.bytes);
    XLSX.utils.sheet_add_aoa(wb.Sheets._manifest!, [['format', 'dti-desk/remarks']], { origin: -1 });
    expect(kind(writeBook(wb))).toBe('manifest-invalid');
  });

  it('reads "__proto__" keys and payload members as plain data, without polluting prototypes', async () => {
    const out = await exportRemarks(input());
    const evil = JSON.stringify({
      remarks: [
        {
          code: '1.2',
          verdict: 'request',
          remark: 'x',
          raw: { __proto__: { polluted: 1 } },
          verifier: '',
          at: 1,
          __proto__: { polluted: 1 },
        },
      ],
    });
    const b = setManifest(setManifest(out.bytes, '__proto__', '{"polluted":1}'), 'payload.1', evil);
    const r = readRemarksFile(b, 'x.xlsx');
    expect(r.ok ? 'ok' : r.error.kind).toBe('hash-mismatch');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
