/**
 * The remarks file (return for correction): what the verification team sends back to a commune. A sheet
 * "Yêu cầu bổ sung" for people (every outstanding request, then every adjustment, with the self value, the remark,
 * verifier and date) and the hidden "_manifest" (format `dti-desk/remarks`) the commune's DTI Desk reads.
 * Stale verdicts are not sent: they wait for a new decision.
 */
import { SIGN_SEAL, writeAdminHeader, writeClosing, writeTitles } from '../documents/admin-block';
import { DEFAULT_DOC_SETTINGS, type DocSettings } from '../documents/settings';
import { dateLine, documentNumber, issuingBody, placeOf, supervisingBody, ubndInText } from '../documents/words';
import { DEPARTMENT, DEPARTMENT_ABBR, departmentSigner } from '../documents/department';
import type { SheetDoc } from '../excel/doc';
import { S } from '../excel/styles';
import { BookBuilder, writeXlsx } from '../excel/xlsx-write';
import type { RawValue } from '../entry/raw';
import type { EntryData, Period } from '../entry/types';
import { slugVi } from '../exchange/file-name';
import { displayValue } from '../exchange/form-layout';
import { SHEET_MANIFEST } from '../exchange/form-layout';
import { periodTitle } from '../exchange/form-sheet';
import { SheetBuilder } from '../excel/sheet-builder';
import type { Framework } from '../framework/types';
import { viDate } from './dates';
import { nameInSentence } from './minutes';
import { hashPayload, manifestSheet } from '../exchange/manifest-sheet';
import { currentVerdict, layerOf, type LayersInput, VERDICT_LABELS_VI } from './types';
import type { VerifierLevel } from './handoff';

/** The `format` of remarks files. */
export const REMARKS_FORMAT = 'dti-desk/remarks';
/** The remarks manifest layout version this build writes and reads. */
export const REMARKS_FORMAT_VERSION = 1;
/** The human sheet of the remarks file. */
export const SHEET_REMARKS = 'Yêu cầu bổ sung';

/** One remark sent to the commune: a request, or an adjustment with the verified value. */
export interface RemarkItem {
  code: string;
  verdict: 'request' | 'adjust';
  remark: string;
  /** The verified raw value (adjust); {} for a request. */
  raw: RawValue;
  verifier: string;
  /** ms since epoch. */
  at: number;
}

/** The manifest of a remarks file. `revision` is the revision of the commune's file the remarks refer to. */
export interface RemarksManifest {
  format: string;
  formatVersion: number;
  appVersion: string;
  framework: { id: string; version: string };
  unit: { code: string; name: string };
  district: { code: string; name: string };
  period: Period;
  revision: number;
  exportId: string;
  /** ISO 8601. */
  exportedAt: string;
  remarks: RemarkItem[];
  /** Hex SHA-256 of the canonical JSON of `{ remarks }`. */
  sha256: string;
}

/** What `exportRemarks` needs. */
export interface RemarksInput {
  framework: Framework;
  unit: { code: string; name: string };
  district: { code: string; name: string };
  /** Who verifies: a district (before 1/7/2025, the default) or the province's Sở Khoa học và Công nghệ. */
  level?: VerifierLevel;
  period: Period;
  /** Revision of the commune's file that was verified. */
  revision: number;
  selfEntries: readonly Pick<EntryData, 'code' | 'raw'>[];
  layers: LayersInput;
  exportId: string;
  exportedAt: number;
  appVersion: string;
  /** The verifier's document settings (number, place, signer). */
  documents?: DocSettings;
}

const HEADERS = [
  'STT',
  'Mã chỉ số',
  'Chỉ số',
  'Số liệu tự đánh giá',
  'Kết luận',
  'Giá trị thẩm tra',
  'Nhận xét, yêu cầu',
  'Người thẩm tra',
  'Ngày',
];

/** The remarks to send, requests first then adjustments, each in framework order. */
export function collectRemarks(fw: Framework, layers: LayersInput): RemarkItem[] {
  const pick = (verdict: RemarkItem['verdict']) =>
    fw.indicators.flatMap((ind): RemarkItem[] => {
      const l = layerOf(layers, ind.code);
      return l && currentVerdict(l) === verdict
        ? [
            {
              code: ind.code,
              verdict,
              remark: l.remark,
              raw: verdict === 'adjust' ? l.raw : {},
              verifier: l.verifier,
              at: l.at,
            },
          ]
        : [];
    });
  return [...pick('request'), ...pick('adjust')];
}

/** Builds the manifest of a remarks file. */
export function buildRemarksManifest(input: RemarksInput): RemarksManifest {
  if (!Number.isInteger(input.revision) || input.revision < 1)
    throw new RangeError('Số lần xuất (revision) phải là số nguyên ≥ 1.');
  const nfc = (s: string) => s.normalize('NFC');
  const remarks = collectRemarks(input.framework, input.layers);
  return {
    format: REMARKS_FORMAT,
    formatVersion: REMARKS_FORMAT_VERSION,
    appVersion: input.appVersion,
    framework: { id: input.framework.id, version: input.framework.version },
    unit: { code: nfc(input.unit.code), name: nfc(input.unit.name) },
    district: { code: nfc(input.district.code), name: nfc(input.district.name) },
    period: { year: input.period.year, kind: input.period.kind },
    revision: input.revision,
    exportId: input.exportId,
    exportedAt: new Date(input.exportedAt).toISOString(),
    remarks,
    sha256: hashPayload({ remarks }),
  };
}

/** The key/value rows of the remarks manifest (before the payload). */
export function remarksHead(m: RemarksManifest): [string, string][] {
  return [
    ['format', m.format],
    ['formatVersion', String(m.formatVersion)],
    ['appVersion', m.appVersion],
    ['frameworkId', m.framework.id],
    ['frameworkVersion', m.framework.version],
    ['unitCode', m.unit.code],
    ['unitName', m.unit.name],
    ['districtCode', m.district.code],
    ['districtName', m.district.name],
    ['periodYear', String(m.period.year)],
    ['periodKind', m.period.kind],
    ['revision', String(m.revision)],
    ['exportId', m.exportId],
    ['exportedAt', m.exportedAt],
    ['sha256', m.sha256],
  ];
}

// Wide enough for "STT" on one line and a date as dd/mm/yyyy unbroken, in the file and on paper.
const WIDTHS = [6, 7, 24, 15, 11, 15, 27, 13, 12];

function humanSheet(
  fw: Framework,
  m: RemarksManifest,
  selfEntries: RemarksInput['selfEntries'],
  settings: DocSettings,
  level: VerifierLevel = 'district',
): SheetDoc {
  const self = new Map(selfEntries.map((e) => [e.code, e.raw]));
  const inds = new Map(fw.indicators.map((i) => [i.code, i]));
  const b = new SheetBuilder(WIDTHS);
  const last = HEADERS.length - 1;
  const halves = { left: [0, 3], right: [4, last] } as const;
  const place = settings.place.trim() === '' ? placeOf(m.district.name) : settings.place;
  const period = periodTitle(m.period).toLowerCase();
  const province = level === 'province'; // the Sở Khoa học và Công nghệ writes (from 1/7/2025)
  let r = writeAdminHeader(
    b,
    {
      supervising: province ? supervisingBody(m.district.name) : '',
      issuing: province ? DEPARTMENT : issuingBody(m.district.name),
      number: documentNumber(settings.numbers.remarks, '', province ? DEPARTMENT_ABBR : 'UBND'),
      subject: `V/v bổ sung, giải trình kết quả tự đánh giá mức độ chuyển đổi số ${period}`,
      dateLine: dateLine(place, Date.parse(m.exportedAt)),
    },
    halves,
    0,
  );
  r = writeTitles(b, r, last, ['', '', `Kính gửi: ${ubndInText(m.unit.name)}`]);
  const requests = m.remarks.filter((x) => x.verdict === 'request').length;
  const adjusted = m.remarks.length - requests;
  // Only what there is: a letter never asks to "bổ sung, giải trình 0 chỉ số".
  const asks = [
    requests > 0 ? `bổ sung, giải trình ${requests} chỉ số` : '',
    adjusted > 0 ? `ghi nhận ${adjusted} chỉ số được điều chỉnh` : '',
  ].filter((t) => t !== '');
  b.para(
    r++,
    0,
    last,
    `Qua thẩm tra kết quả tự đánh giá mức độ chuyển đổi số ${period} của ${nameInSentence(m.unit.name)} (tệp tự đánh giá lần ${m.revision}, ${fw.title}, phiên bản ${m.framework.version}), Tổ thẩm tra ${nameInSentence(m.district.name)} đề nghị ${ubndInText(m.unit.name)} ${asks.join(' và ')} như sau:`,
  );
  r++;
  const head = r;
  HEADERS.forEach((h, c) => b.text(r, c, h, S.th));
  r++;
  m.remarks.forEach((item) => {
    const ind = inds.get(item.code);
    b.num(r, 0, r - head, S.tdInt)
      .text(r, 1, item.code, S.tdCenter)
      .text(r, 2, ind?.name ?? '');
    b.text(r, 3, ind ? displayValue(ind, self.get(item.code) ?? {}) : '', S.tdRight);
    b.text(r, 4, VERDICT_LABELS_VI[item.verdict]);
    b.text(r, 5, ind && item.verdict === 'adjust' ? displayValue(ind, item.raw) : '', S.tdRight);
    b.text(r, 6, item.remark).text(r, 7, item.verifier).text(r, 8, viDate(item.at), S.tdCenter);
    r++;
  });
  b.para(
    r + 1,
    0,
    last,
    requests > 0
      ? `Đề nghị ${ubndInText(m.unit.name)} hoàn thiện hồ sơ, cập nhật số liệu trên DTI Desk và gửi lại tệp tự đánh giá cho Tổ thẩm tra.`
      : `Đề nghị ${ubndInText(m.unit.name)} cập nhật số liệu trên DTI Desk theo kết quả thẩm tra và gửi lại tệp tự đánh giá cho Tổ thẩm tra.`,
  );
  writeClosing(b, r + 3, halves, {
    recipients: ['Như trên', 'Lưu: VT'],
    right: {
      ...(province ? departmentSigner(settings) : { authority: settings.signerAuthority, title: settings.signerTitle }),
      note: SIGN_SEAL,
      name: settings.signerName,
    },
  });
  return b.finish(WIDTHS, { page: { orientation: 'landscape', lastCol: last, titleRows: [head, head] } });
}

/** `DTI_2025_xa-gia-phong_yeu-cau-bo-sung_r1.xlsx`. */
export function remarksFileName(unitName: string, period: Period, revision: number): string {
  const p = period.kind === 'year' ? String(period.year) : `${period.year}-6T`;
  return `DTI_${p}_${slugVi(unitName)}_yeu-cau-bo-sung_r${revision}.xlsx`;
}

/** The letter sheet of the remarks file, as exported (the app's print view prints it). */
export function remarksSheet(input: RemarksInput): SheetDoc {
  return humanSheet(
    input.framework,
    buildRemarksManifest(input),
    input.selfEntries,
    input.documents ?? DEFAULT_DOC_SETTINGS,
    input.level,
  );
}

/** Exports the remarks file of a commune (rejects with RangeError only for a bad revision). */
export async function exportRemarks(
  input: RemarksInput,
): Promise<{ bytes: Uint8Array; fileName: string; manifest: RemarksManifest }> {
  const m = buildRemarksManifest(input);
  const book = new BookBuilder()
    .add(
      SHEET_REMARKS,
      humanSheet(input.framework, m, input.selfEntries, input.documents ?? DEFAULT_DOC_SETTINGS, input.level),
    )
    .add(SHEET_MANIFEST, manifestSheet(remarksHead(m), { remarks: m.remarks }), true)
    .book(`Yêu cầu bổ sung — ${m.unit.name}`, new Date(input.exportedAt));
  return {
    bytes: await writeXlsx(book),
    fileName: remarksFileName(m.unit.name, m.period, m.revision),
    manifest: m,
  };
}
