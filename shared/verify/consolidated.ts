/**
 * The consolidated workbook the district sends to the province: "Tổng hợp" (every commune, self and verified,
 * ranks, district summary sentence), the district's own assessment (Biểu mẫu 01 of ../exchange), one verified
 * Biểu mẫu sheet per commune, one combined "Biên bản" sheet with every commune's minutes, and the hidden
 * "_manifest" (format `dti-desk/consolidated`). No formula is ever written (../excel/sheet-builder).
 */
import { DEFAULT_DOC_SETTINGS, type DocSettings } from '../documents/settings';
import type { BookDoc, SheetDoc } from '../excel/doc';
import { BookBuilder, writeXlsx } from '../excel/xlsx-write';
import type { EntryData, GeneralInfo, Period } from '../entry/types';
import { slugVi } from '../exchange/file-name';
import { SHEET_MANIFEST } from '../exchange/form-layout';
import { buildFormSheet, formDoc, type FormDoc } from '../exchange/form-sheet';
import { documentNumber, supervisingBody } from '../documents/words';
import { normalizeEntries, normalizeInfo } from '../exchange/manifest';
import { SheetBuilder } from '../excel/sheet-builder';
import type { Framework, Group } from '../framework/types';
import { DEPARTMENT, DEPARTMENT_ABBR, departmentSigner } from '../documents/department';
import { aggregate, formatPoints } from '../scoring';
import { compareVi } from '../text/normalize';
import { boardState } from './board';
import { buildVerifiedFormSheet } from './commune-sheet';
import { attachedLine, buildAppendix } from './consolidated-appendix';
import { buildConsolidatedSummary, type SummaryRow } from './consolidated-summary';
import { compactDate } from './dates';
import { selfValues, type VerificationFigures, verificationFigures } from './figures';
import { hashPayload, manifestSheet } from '../exchange/manifest-sheet';
import { minutesModel, type TeamMember } from './minutes';
import { MINUTES_WIDTHS, minutesDoc, writeMinutes } from './minutes-sheet';
import type { VerifierLevel } from './handoff';
import { type VerifierReport, verifierReport } from './report';
import { SheetNames } from './sheet-names';
import type { LayersInput } from './types';

/** The `format` of consolidated workbooks. */
export const CONSOLIDATED_FORMAT = 'dti-desk/consolidated';
/** The consolidated manifest layout version. */
export const CONSOLIDATED_FORMAT_VERSION = 1;
/** Fixed sheet names. */
export const SHEET_CONSOLIDATED = 'Tổng hợp';
/** The district's own assessment. */
export const SHEET_DISTRICT = 'Huyện - Biểu mẫu 01';
/** Every commune's minutes, one after another. */
export const SHEET_MINUTES = 'Biên bản';

/** One commune as held at the district: its self entries of the held revision and the verification layers. */
export interface ConsolidatedCommune {
  unit: { code: string; name: string };
  framework: Framework;
  info: GeneralInfo;
  entries: EntryData[];
  layers: LayersInput;
  /** The held import: revision, export id and SHA-256 of the file. */
  revision: number;
  exportId: string;
  fileSha256: string;
}

/** What `exportConsolidated` needs. */
export interface ConsolidatedInput {
  district: { code: string; name: string };
  /** Receiving body printed on the district's own form; default "UBND tỉnh". */
  province?: string;
  /** The groups of the commune framework for the period: the table's columns while no commune's file is held. */
  groups?: readonly Group[];
  /** Who verifies: a district (before 1/7/2025, the default) or the province's Sở Khoa học và Công nghệ. */
  level?: VerifierLevel;
  period: Period;
  districtAssessment?: { framework: Framework; info: GeneralInfo; entries: EntryData[]; revision: number };
  communes: readonly ConsolidatedCommune[];
  /**
   * Every unit the verifier is responsible for (those without a file are listed as "Chưa nộp"); when left out,
   * only the communes held are listed.
   */
  units?: readonly { code: string; name: string }[];
  /** Set when the officer confirmed sending a partial report: what is missing, printed under the title. */
  partialNote?: string;
  team: readonly TeamMember[];
  exportId: string;
  exportedAt: number;
  appVersion: string;
  /** The verifier's document settings (numbers, place, signers). */
  documents?: DocSettings;
}

/** The built workbook (not yet written) with the ranked rows and sentence it holds. */
export interface ConsolidatedBook {
  wb: BookDoc;
  fileName: string;
  rows: SummaryRow[];
  sentence: string;
  report: VerifierReport;
  /** `report`: the report and its appendix, in print order. */
  sheetNames: { commune: Map<string, string>; report: string[]; all: string[] };
  manifestSha256: string;
}

/** The written workbook, its name, and the ranked rows and sentence it holds (for the UI and tests). */
export type ConsolidatedResult = Omit<ConsolidatedBook, 'wb'> & { bytes: Uint8Array };

/** `DTI_2025_huyen-gia-vien_tong-hop_20250115.xlsx`. */
export function consolidatedFileName(districtName: string, period: Period, at: number): string {
  const p = period.kind === 'year' ? String(period.year) : `${period.year}-6T`;
  return `DTI_${p}_${slugVi(districtName)}_tong-hop_${compactDate(at)}.xlsx`;
}

function districtSheet(input: ConsolidatedInput): { sheet: SheetDoc; line: string; points: number } | undefined {
  const d = input.districtAssessment;
  if (!d) return undefined;
  const entries = normalizeEntries(d.framework, d.entries);
  const agg = aggregate(d.framework, selfValues(d.framework, entries));
  const receiving = input.province ?? 'UBND tỉnh';
  const h = {
    unitName: input.district.name,
    districtName: receiving,
    period: input.period,
    doc: formDoc(input.district.name, receiving, input.exportedAt, input.documents),
  };
  const line = `Kết quả tự đánh giá của ${input.district.name}: ${formatPoints(agg.points)}/${formatPoints(agg.maxPoints)} điểm; hoàn thành và cơ bản hoàn thành ${agg.completed}/${agg.total} chỉ số.`;
  return { sheet: buildFormSheet(d.framework, h, normalizeInfo(d.info), entries, agg), line, points: agg.points };
}

/**
 * The words of the Tổng hợp report. A district reports as its UBND; a province's report is the Sở Khoa học và
 * Công nghệ's, under and to the UBND tỉnh, signed by its Giám đốc unless the settings name another signer.
 */
function reportDoc(input: ConsolidatedInput, receiving: string, settings: DocSettings): FormDoc {
  if (input.level !== 'province')
    return formDoc(input.district.name, receiving, input.exportedAt, settings, 'consolidated');
  const name = input.district.name;
  const doc = formDoc(name, name, input.exportedAt, settings, 'consolidated');
  return {
    ...doc,
    header: {
      ...doc.header,
      supervising: supervisingBody(name),
      issuing: DEPARTMENT,
      number: documentNumber(settings.numbers.consolidated, 'BC', DEPARTMENT_ABBR),
    },
    head: { ...doc.head, ...departmentSigner(settings) },
  };
}

/** Builds the consolidated workbook in memory (pure). */
export function buildConsolidatedBook(input: ConsolidatedInput): ConsolidatedBook {
  const communes = [...input.communes].sort(
    (a, b) => compareVi(a.unit.name, b.unit.name) || (a.unit.code < b.unit.code ? -1 : 1),
  );
  const figures = communes.map((c) => verificationFigures(c.framework, c.entries, c.layers));
  const held = new Map(
    communes.map((c, i) => [
      c.unit.code.normalize('NFC'),
      {
        framework: c.framework,
        figures: figures[i] as VerificationFigures,
        state: boardState(c.framework, true, c.layers),
      },
    ]),
  );
  const listed = [...(input.units ?? []), ...communes.map((c) => c.unit)];
  const report = verifierReport(
    listed.map((u) => ({ code: u.code, name: u.name, held: held.get(u.code.normalize('NFC')) })),
  );
  const rows = report.rows;
  const verifiedCodes = new Set(rows.filter((r) => r.status === 'verified').map((r) => r.code));
  const refFw = communes[0]?.framework;
  const sentence = report.sentence;
  const own = districtSheet(input);

  const settings = input.documents ?? DEFAULT_DOC_SETTINGS;
  const groups = report.groups.length > 0 ? report.groups : (refFw?.groups ?? input.groups ?? []);
  const receiving = input.province ?? 'UBND tỉnh';
  const doc = reportDoc(input, receiving, settings);
  const appendix = buildAppendix(groups, rows, attachedLine(doc.header.number, input.exportedAt));
  const appendixNames = appendix.map((a) => a.name);
  const book = new BookBuilder();
  const names = new SheetNames([SHEET_CONSOLIDATED, ...appendixNames, SHEET_DISTRICT, SHEET_MINUTES, SHEET_MANIFEST]);
  const all: string[] = [];
  const add = (sheet: SheetDoc, name: string, hidden = false) => {
    book.add(name, sheet, hidden);
    all.push(name);
  };
  add(
    buildConsolidatedSummary({
      district: input.district,
      period: input.period,
      rows,
      sentence,
      districtLine: own?.line ?? '',
      counts: report.counts,
      partialNote: input.partialNote ?? '',
      appendixNote: appendixNames.length
        ? `Điểm và số chỉ số hoàn thành theo từng nhóm chỉ số của các xã: xem ${appendixNames.join(' và ')} kèm theo.`
        : '',
      doc,
    }),
    SHEET_CONSOLIDATED,
  );
  for (const a of appendix) add(a.sheet, a.name);
  if (own) add(own.sheet, SHEET_DISTRICT);
  const communeSheets = new Map<string, string>();
  const minutes = new SheetBuilder(MINUTES_WIDTHS);
  const mDoc = minutesDoc(settings, input.exportedAt);
  let mr = 0;
  const breaks: number[] = [];
  communes.forEach((c, i) => {
    const fig = figures[i] as VerificationFigures;
    const unitName = c.unit.name.normalize('NFC');
    const h = {
      unitName,
      districtName: input.district.name,
      period: input.period,
      doc: formDoc(unitName, input.district.name, input.exportedAt),
    };
    const entries = normalizeEntries(c.framework, c.entries);
    const name = names.allocate(c.unit.name);
    communeSheets.set(c.unit.code, name);
    const done = verifiedCodes.has(c.unit.code.normalize('NFC'));
    add(buildVerifiedFormSheet(c.framework, h, normalizeInfo(c.info), entries, c.layers, fig, done), name);
    if (!done) return; // no minutes before the verification ends
    const model = minutesModel({
      framework: c.framework,
      unit: c.unit,
      district: input.district,
      ...(input.level ? { level: input.level } : {}),
      period: input.period,
      revision: c.revision,
      team: input.team,
      date: input.exportedAt,
      selfEntries: entries,
      layers: c.layers,
    });
    // Each commune's minutes is a document of its own, signed on its own: it begins a page.
    if (mr > 0) breaks.push(mr);
    mr = writeMinutes(minutes, model, mr, mDoc) + 2;
  });
  if (verifiedCodes.size > 0)
    add(
      minutes.finish(MINUTES_WIDTHS, {
        page: { orientation: 'portrait', lastCol: MINUTES_WIDTHS.length - 1, breaksBefore: breaks },
      }),
      SHEET_MINUTES,
    );

  const payload = {
    district:
      own && input.districtAssessment
        ? {
            frameworkId: input.districtAssessment.framework.id,
            frameworkVersion: input.districtAssessment.framework.version,
            revision: input.districtAssessment.revision,
            points: own.points,
          }
        : null,
    communes: communes.map((c, i) => {
      const f = figures[i] as VerificationFigures;
      const row = rows.find((r) => r.code === c.unit.code.normalize('NFC'));
      return {
        code: c.unit.code.normalize('NFC'),
        name: c.unit.name.normalize('NFC'),
        frameworkId: c.framework.id,
        frameworkVersion: c.framework.version,
        revision: c.revision,
        exportId: c.exportId,
        fileSha256: c.fileSha256,
        state: row?.state ?? boardState(c.framework, true, c.layers),
        status: row?.status ?? 'unverified',
        selfPoints: f.unit.selfPoints,
        verifiedPoints: row?.status === 'verified' ? f.unit.verifiedPoints : null,
        rank: row?.rank ?? null,
        verified: f.progress.verified,
        requested: f.progress.requested,
        pending: f.progress.pending,
        sheet: communeSheets.get(c.unit.code) ?? '',
      };
    }),
    missing: rows.filter((r) => r.status === 'missing').map((r) => ({ code: r.code, name: r.name })),
    partial: input.partialNote ?? '',
  };
  const sha = hashPayload(payload);
  const head: [string, string][] = [
    ['format', CONSOLIDATED_FORMAT],
    ['formatVersion', String(CONSOLIDATED_FORMAT_VERSION)],
    ['appVersion', input.appVersion],
    ['districtCode', input.district.code.normalize('NFC')],
    ['districtName', input.district.name.normalize('NFC')],
    ['periodYear', String(input.period.year)],
    ['periodKind', input.period.kind],
    ['exportId', input.exportId],
    ['exportedAt', new Date(input.exportedAt).toISOString()],
    ['communeCount', String(communes.length)],
    ['unitCount', String(report.counts.units)],
    ['verifiedCount', String(report.counts.verified)],
    ['sha256', sha],
  ];
  add(manifestSheet(head, payload), SHEET_MANIFEST, true);
  return {
    wb: book.book(`Tổng hợp kết quả thẩm tra chuyển đổi số — ${input.district.name}`, new Date(input.exportedAt)),
    fileName: consolidatedFileName(input.district.name, input.period, input.exportedAt),
    rows,
    sentence,
    report,
    sheetNames: { commune: communeSheets, report: [SHEET_CONSOLIDATED, ...appendixNames], all },
    manifestSha256: sha,
  };
}

/** The sheets of the report itself, in print order: "Tổng hợp", then its appendix ("Phụ lục I", …). */
export function reportSheets(book: Pick<ConsolidatedBook, 'wb' | 'sheetNames'>): SheetDoc[] {
  return book.sheetNames.report.flatMap((name) => book.wb.sheets.find((s) => s.name === name) ?? []);
}

/** Writes a built workbook to xlsx bytes (styled, through the lazily loaded writer). */
export function writeBook(wb: BookDoc): Promise<Uint8Array> {
  return writeXlsx(wb);
}

/** Builds and writes the consolidated workbook. */
export async function exportConsolidated(input: ConsolidatedInput): Promise<ConsolidatedResult> {
  const { wb, ...rest } = buildConsolidatedBook(input);
  return { ...rest, bytes: await writeBook(wb) };
}
