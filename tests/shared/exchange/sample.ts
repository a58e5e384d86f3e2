// A sample commune assessment for the exchange tests, built on the shipped commune framework.
import * as XLSX from 'xlsx';
import { EMPTY_INFO, type EntryData } from '../../../shared/entry/types';
import type { ExportInput } from '../../../shared/exchange/export';
import type { Framework, Indicator } from '../../../shared/framework/types';
import { shippedFramework } from '../helpers';

/** The shipped commune framework (50 indicators), built once. */
export const communeFw: Framework = shippedFramework('commune');

/** A valid typed value for each value type. */
export function sampleRaw(ind: Indicator): EntryData['raw'] {
  switch (ind.valueType) {
    case 'boolean':
      return { value: 'yes' };
    case 'choice':
      return { value: ind.scoring.kind === 'choice' ? (ind.scoring.options[1]?.key ?? '') : '' };
    case 'count':
      return { value: '3' };
    case 'percent':
      return { value: '71,79' };
    case 'ratio':
      return { numerator: '12', denominator: '15' };
    default:
      return { declared: '2.416', points: '5' };
  }
}

/** Notes that stress the format: formula-looking text, apostrophes, line breaks, a long text, NFD. */
export const NOTES: readonly string[] = [
  '=HYPERLINK("http://evil","bấm")',
  "- Đã ban hành\n- 'trích dẫn'",
  'Giải trình dài. '.repeat(600),
  "'bắt đầu bằng nháy",
  '+84 912 345 678',
  '@SUM(A1:A2)',
  '\tthụt đầu dòng',
  'Đã triển khai đầy đủ'.normalize('NFD'),
];

/** Entries for every indicator, with evidence and notes, some starting with formula-looking text. */
export function sampleEntries(fw: Framework = communeFw): EntryData[] {
  return fw.indicators.map((ind, i) => ({
    code: ind.code,
    raw: sampleRaw(ind),
    evidence: {
      docNumber: `${i + 1}/QĐ-UBND`,
      docDate: '15/03/2024',
      summary: 'Về việc kiện toàn Ban Chỉ đạo',
      link: i % 7 === 0 ? 'https://gov.vn/a' : '',
    },
    note: NOTES[i] ?? '',
  }));
}

/** A complete export input for Xã Gia Phong, huyện Gia Viễn, year 2024, revision 3. */
export function sampleInput(over: Partial<ExportInput> = {}): ExportInput {
  return {
    framework: communeFw,
    unit: { code: '14758', name: 'Xã Gia Phong', type: 'commune' },
    district: { code: '373', name: 'Huyện Gia Viễn' },
    period: { year: 2024, kind: 'year' },
    info: {
      ...EMPTY_INFO,
      address: 'Thôn Đông, xã Gia Phong',
      civilServants: '21',
      enterprises: '12',
      population: '10.234',
      contactName: 'Nguyễn Văn An',
      contactPosition: 'Công chức Văn phòng',
      contactPhone: '0912 345 678',
      contactEmail: 'an@giaphong.gov.vn',
    },
    entries: sampleEntries(),
    revision: 3,
    exportId: '6f1c1f0e-2b0e-4d7e-9a51-1f0a3c2b7d10',
    exportedAt: Date.UTC(2025, 0, 15, 8, 30),
    appVersion: '0.1.0',
    ...over,
  };
}

/** A giải trình holding what a spreadsheet reads as escapes ("_x0041_" is "A"), to be kept as typed. */
export const ESCAPE_LOOKALIKE_NOTE = 'Mã _x0041_, _X00e9_ và _x0041_x0042_ giữ nguyên';

/** The framework resolver the importer takes. */
export const resolveCommune = (id: string, version: string): Framework | undefined =>
  id === communeFw.id && version === communeFw.version ? communeFw : undefined;

/** Reads workbook bytes with SheetJS (tests only). */
export function readBook(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', cellFormula: false });
}

/** Writes a workbook back to bytes, keeping the manifest sheet hidden. */
export function writeBook(wb: XLSX.WorkBook): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** Row (1-based) of indicator `code` on "Biểu mẫu 01". */
export function rowOf(ws: XLSX.WorkSheet, code: string): number {
  for (let r = 1; r < 400; r++) {
    const c = ws[`A${r}`] as XLSX.CellObject | undefined;
    if (c?.v === code) return r;
  }
  throw new Error(`no row for ${code}`);
}
