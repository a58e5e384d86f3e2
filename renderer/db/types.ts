import type { Framework, Level } from '@shared/framework/types';
import type { EntryData, Evidence, GeneralInfo, Period } from '@shared/entry/types';
import type { VerifiedLayer } from '@shared/verify/types';
import type { OfficialListId } from '@shared/units/official';
import type { HistoryBook, HistoryChange, HistoryLog } from '@shared/history/log';

export type { Evidence, GeneralInfo, Period };

/** Kind of administrative unit: the verifier (province or district), or a commune-level unit under it. */
export type UnitType = 'province' | 'district' | 'commune' | 'ward' | 'town' | 'special';

/** The verifier's own unit (province or district), or a commune/ward/town/special zone under it. Names are NFC. */
export interface UnitRow {
  code: string;
  name: string;
  type: UnitType;
  /** The verifier's code for a commune; '' for the verifier itself. */
  parentCode: string;
  /**
   * The official list the unit belongs to ('2024' before 1/7/2025, '2025' from then): a merged commune keeps one
   * old commune's code, so a code alone is ambiguous. Absent only on rows written before schema v2.
   */
  list?: OfficialListId;
  /** Picked from (or matched to) the official list; false for a unit added by hand; unset until matched. */
  official?: boolean;
  createdAt: number;
}

/** A framework version held on this machine. */
export interface FrameworkRow {
  id: string;
  version: string;
  level: Level;
  framework: Framework;
  /** Canonical content fingerprint: a changed file under the same id+version is refused. */
  fingerprint: string;
  builtIn: boolean;
  loadedAt: number;
}

/** Where an assessment stands; later issues add the verification states. */
export type AssessmentStatus = 'draft' | 'exported';

/** One unit × period × framework version. */
export interface AssessmentRow {
  id: string;
  unitCode: string;
  period: Period;
  /** '2024' or '2024-6T': part of the unique key. */
  periodKey: string;
  frameworkId: string;
  frameworkVersion: string;
  status: AssessmentStatus;
  info: GeneralInfo;
  /** How many times this assessment was exported from this machine (r1, r2 …); 0 before the first export. */
  revision: number;
  /**
   * When the last revision left the machine (ms since epoch). Not indexed (no new schema version); rows exported
   * before it existed lack it. `updatedAt` later than it means "edited after export — export again".
   */
  exportedAt?: number;
  /** Set when the assessment came in as a file from its unit (the district holding a commune's file). */
  imported?: ImportedFrom;
  /**
   * The district's last remarks file (return for correction), on the commune's machine. Not indexed, so adding
   * it needs no new Dexie schema version: old rows simply lack it.
   */
  remarks?: ReceivedRemarks;
  createdAt: number;
  updatedAt: number;
}

/** Where an imported assessment came from (file, export id, revision, content hash). */
export interface ImportedFrom {
  exportId: string;
  revision: number;
  fileName: string;
  sha256: string;
  importedAt: number;
}

/** One remark of the district on one indicator, as received by the commune. */
export interface ReceivedRemark {
  code: string;
  verdict: 'request' | 'adjust';
  remark: string;
  /** The district's verified value (adjust only), in the form's words, e.g. "a = 3; b = 4". */
  verifiedValue?: string;
}

/** A remarks file received from the district: which export, on which revision of the commune's file, what it says. */
export interface ReceivedRemarks {
  exportId: string;
  /** Revision of the commune's file the remarks refer to. */
  revision: number;
  fileName: string;
  receivedAt: number;
  items: ReceivedRemark[];
}

/** The verifier's layer (Thẩm tra), owned by shared/verify; absent until the verification feature fills it. */
export type { VerifiedLayer } from '@shared/verify/types';

/** What the unit entered for one indicator, kept exactly as typed. */
export interface EntryRow extends EntryData {
  assessmentId: string;
  updatedAt: number;
  verified?: VerifiedLayer;
}

/**
 * One change of one field: (time, field, old → new). Stored in v1–v2 as one row each (`seq` its key); from v3 a
 * line of its indicator's `HistoryLogRow`, where `seq` is its place in that log.
 */
export interface HistoryRow extends HistoryChange {
  seq?: number;
}

/** v3: the history of one indicator of one assessment (code '' for Thông tin chung and imports), oldest first. */
export type HistoryLogRow = HistoryLog;

/** v4: the history of one assessment in one row (`historyBooks`), each indicator's log by its code. */
export type HistoryBookRow = HistoryBook;

/** v4: what an entry holds besides its key (the assessment and the indicator code). */
export type StoredEntry = Omit<EntryRow, 'assessmentId' | 'code'>;

/** v4: every entry of one assessment in one row (`entrySets`), by indicator code. */
export interface EntrySetRow {
  assessmentId: string;
  entries: Record<string, StoredEntry>;
}

/** Small key/value settings (the province e-mail, the machine's role…). */
export interface MetaRow {
  key: string;
  value: unknown;
}
