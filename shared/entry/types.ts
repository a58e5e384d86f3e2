import type { RawValue } from './raw';

/** Assessment period: the calendar year, or the mid-year review (sơ kết 6 tháng). */
export interface Period {
  year: number;
  kind: 'year' | 'mid-year';
}

/** A. Thông tin chung of the reporting form. Numbers are kept as typed. */
export interface GeneralInfo {
  address: string;
  civilServants: string;
  enterprises: string;
  population: string;
  contactName: string;
  contactPosition: string;
  contactPhone: string;
  contactEmail: string;
}

/** The Thông tin chung fields in form order. */
export const GENERAL_INFO_FIELDS: readonly (keyof GeneralInfo)[] = [
  'address',
  'civilServants',
  'enterprises',
  'population',
  'contactName',
  'contactPosition',
  'contactPhone',
  'contactEmail',
];

/** An empty Thông tin chung block. */
export const EMPTY_INFO: Readonly<GeneralInfo> = Object.freeze({
  address: '',
  civilServants: '',
  enterprises: '',
  population: '',
  contactName: '',
  contactPosition: '',
  contactPhone: '',
  contactEmail: '',
});

/** Tài liệu kiểm chứng of one indicator: số hiệu, ngày, trích yếu, đường dẫn. */
export interface Evidence {
  docNumber: string;
  docDate: string;
  summary: string;
  link: string;
}

/** The evidence fields in form order. */
export const EVIDENCE_FIELDS: readonly (keyof Evidence)[] = ['docNumber', 'docDate', 'summary', 'link'];

/** What a unit entered for one indicator, exactly as typed: the value fields, evidence and giải trình. */
export interface EntryData {
  code: string;
  raw: RawValue;
  evidence: Evidence;
  note: string;
}

/** '2024' for the year, '2024-6T' for the mid-year review. */
export function periodKey(period: Period): string {
  return period.kind === 'year' ? String(period.year) : `${period.year}-6T`;
}

/** "năm 2024" or "sơ kết 6 tháng đầu năm 2024". */
export function periodLabel(period: Period): string {
  return period.kind === 'year' ? `năm ${period.year}` : `sơ kết 6 tháng đầu năm ${period.year}`;
}
