/**
 * Helpers for a benchmark of the consolidated workbook: deterministic generated data for N communes (129, the
 * communes of the new Ninh Bình), and a raw SheetJS write of exactly the same cells, to time our builder beside
 * the library's own floor. The caller loads the framework (shared/ reads no files).
 */
import { type BookDoc, cellText } from '../excel/doc';
import { loadExcelJs, WRITE_OPTIONS } from '../excel/xlsx-write';
import type { RawValue } from '../entry/raw';
import { EMPTY_INFO, type EntryData } from '../entry/types';
import type { Framework, Indicator } from '../framework/types';
import type { ConsolidatedInput } from './consolidated';
import type { VerifiedLayer } from './types';
import { applyVerdict } from './verdict';

/** A small seeded PRNG (mulberry32): the same seed gives the same data on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random valid raw value for `ind`. */
export function randomRaw(ind: Indicator, rnd: () => number): RawValue {
  const int = (n: number) => Math.floor(rnd() * n);
  switch (ind.valueType) {
    case 'boolean':
      return { value: rnd() < 0.6 ? 'yes' : 'no' };
    case 'choice': {
      const opts = ind.scoring.kind === 'choice' ? ind.scoring.options : [];
      return { value: opts[int(opts.length)]?.key ?? '' };
    }
    case 'count':
      return { value: String(int(6)) };
    case 'percent':
      return { value: String(int(101)) };
    case 'ratio': {
      const b = 1 + int(30);
      return { numerator: String(int(b + 1)), denominator: String(b) };
    }
    default:
      return { declared: String(int(5000)), points: String(int(ind.maxPoints + 1)) };
  }
}

/** One generated commune's entries and layers (~70 % agreed, 10 % adjusted, 5 % requested, the rest open). */
export function generatedCommune(
  fw: Framework,
  rnd: () => number,
  at: number,
): { entries: EntryData[]; layers: Map<string, VerifiedLayer> } {
  const entries = fw.indicators.map((ind, i): EntryData => ({
    code: ind.code,
    raw: randomRaw(ind, rnd),
    evidence: {
      docNumber: `${i + 1}/QĐ-UBND`,
      docDate: '15/03/2025',
      summary: 'Về việc triển khai chuyển đổi số',
      link: '',
    },
    note: rnd() < 0.3 ? 'Đã triển khai theo kế hoạch của huyện.' : '',
  }));
  const layers = new Map<string, VerifiedLayer>();
  fw.indicators.forEach((ind, i) => {
    const self = entries[i] as EntryData;
    const x = rnd();
    const input =
      x < 0.7
        ? ({ verdict: 'agree', at } as const)
        : x < 0.8
          ? ({ verdict: 'adjust', raw: randomRaw(ind, rnd), remark: 'Hồ sơ kiểm chứng chưa đầy đủ.', at } as const)
          : x < 0.85
            ? ({ verdict: 'request', remark: 'Đề nghị bổ sung văn bản kiểm chứng.', at } as const)
            : undefined;
    const r = input ? applyVerdict(ind, self, { ...input, revision: 1, verifier: 'Tổ thẩm tra' }) : undefined;
    if (r?.ok) layers.set(ind.code, r.layer);
  });
  return { entries, layers };
}

/** A consolidated input of `n` generated communes on `communeFw` (and the district's own assessment if given). */
export function benchConsolidatedInput(
  communeFw: Framework,
  n: number,
  districtFw?: Framework,
  seed = 2025,
): ConsolidatedInput {
  const rnd = seededRandom(seed);
  const at = Date.UTC(2025, 11, 15, 3);
  const communes = Array.from({ length: n }, (_, i) => {
    const { entries, layers } = generatedCommune(communeFw, rnd, at);
    return {
      unit: { code: String(10000 + i), name: `Xã Thử Nghiệm Số ${i + 1}` },
      framework: communeFw,
      info: EMPTY_INFO,
      entries,
      layers,
      revision: 1,
      exportId: `bench-${i}`,
      fileSha256: '0'.repeat(64),
    };
  });
  const district = districtFw
    ? { framework: districtFw, info: EMPTY_INFO, entries: generatedCommune(districtFw, rnd, at).entries, revision: 1 }
    : undefined;
  return {
    district: { code: '000', name: 'Huyện Thử Nghiệm' },
    period: { year: 2025, kind: 'year' },
    ...(district ? { districtAssessment: district } : {}),
    communes,
    team: [{ name: 'Nguyễn Văn An', position: 'Phó Chủ tịch UBND huyện, Tổ trưởng' }],
    exportId: 'bench',
    exportedAt: at,
    appVersion: 'bench',
  };
}

/** The cell values of every sheet of a built workbook, as arrays of rows (prepare outside the timed section). */
export function sameCells(book: BookDoc): { name: string; rows: (string | number | null)[][] }[] {
  return book.sheets.map((sheet) => {
    const rows: (string | number | null)[][] = [];
    for (let r = 0; r <= sheet.lastRow; r++) {
      const cells = sheet.rows.get(r);
      const row: (string | number | null)[] = [];
      if (cells) for (const [c, cell] of cells) row[c] = typeof cell.v === 'number' ? cell.v : cellText(cell.v) || null;
      rows.push(Array.from(row, (v) => v ?? null));
    }
    return { name: sheet.name, rows };
  });
}

/** The same library (exceljs) writing the same cells with no style, merge or page setup: the floor to compare to. */
export async function rawWrite(
  sheets: readonly { name: string; rows: (string | number | null)[][] }[],
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s.name).addRows(s.rows);
  return new Uint8Array((await wb.xlsx.writeBuffer(WRITE_OPTIONS as never)) as ArrayBuffer);
}
