/**
 * What the verifier reports about its communes, as one content model that the dashboard, the send checklist, the
 * consolidated workbook and the e-mail all read, so they cannot disagree (our design, issue 11):
 * - every unit the verifier is responsible for has a row: "Đã thẩm tra" (every indicator agreed or adjusted),
 *   "Chưa thẩm tra" (a file was received, the verification is not finished) or "Chưa nộp" (no file);
 * - verified figures, ranks and the summary sentence count only the communes verified to the end; a commune not
 *   yet verified keeps its self-assessed figures, marked as such, never zeros, never ranked;
 * - points as shown are rounded once (../scoring/format.ts), ranks compare the points as shown.
 * The sentence itself is in ./report-sentence.ts.
 */
import type { Framework, Group } from '../framework/types';
import { roundPoints } from '../scoring/format';
import { compareVi } from '../text/normalize';
import type { BoardState } from './board';
import type { VerificationFigures } from './figures';
import { competitionRanks } from './rank';
import { reportSentence, type SentenceFacts } from './report-sentence';

/** Where a unit stands in the report. */
export type ReportStatus = 'verified' | 'unverified' | 'missing';

/** The label of each report status, as written on every document. */
export const REPORT_STATUS_LABELS_VI: Readonly<Record<ReportStatus, string>> = {
  verified: 'Đã thẩm tra',
  unverified: 'Chưa thẩm tra',
  missing: 'Chưa nộp',
};

/** One unit the verifier is responsible for, with the file held for it (if any). */
export interface ReportUnitInput {
  code: string;
  name: string;
  held?: { framework: Framework; figures: VerificationFigures; state: BoardState } | undefined;
}

/** One group of one row: self figures always, verified ones only for a verified commune. */
export interface ReportGroupCell {
  groupCode: number;
  total: number;
  /** Self-assessed points as shown. */
  selfPoints: number;
  selfCompleted: number;
  /** Verified points as shown; null unless the commune is verified. */
  verifiedPoints: number | null;
  verifiedCompleted: number | null;
}

/** One row of the report. */
export interface ReportRow {
  code: string;
  name: string;
  status: ReportStatus;
  /** The board state (chua-nhan for a unit without a file). */
  state: BoardState;
  /** "Đã thẩm tra", "Chưa thẩm tra (đang thẩm tra 12/50 chỉ số)", "Chưa nộp". */
  statusText: string;
  /** Null for "Chưa nộp". */
  figures: VerificationFigures | null;
  groups: ReportGroupCell[];
  /** Totals as shown; verified ones null unless verified; self null for "Chưa nộp". */
  selfPoints: number | null;
  verifiedPoints: number | null;
  maxPoints: number | null;
  /** Hoàn thành + cơ bản hoàn thành (verified for a verified commune, else self), and out of how many. */
  completed: number | null;
  total: number | null;
  /** Rank among verified communes only (competition ranking on the points as shown); null otherwise. */
  rank: number | null;
}

/** How many units in each state. */
export interface ReportCounts {
  units: number;
  received: number;
  verified: number;
  unverified: number;
  missing: number;
}

/** The report: rows in Vietnamese name order, counts, the framework's groups and the sentence. */
export interface VerifierReport {
  rows: ReportRow[];
  counts: ReportCounts;
  /** Groups of the framework the verified communes (else the received ones) are on; [] when none. */
  groups: Group[];
  facts: SentenceFacts;
  sentence: string;
}

/** Options of `verifierReport`. */
export interface ReportOptions {
  /** The word for the communes ("xã"). */
  communeWord?: string;
}

function statusText(status: ReportStatus, fig: VerificationFigures | null, state: BoardState): string {
  if (status !== 'unverified' || !fig) return REPORT_STATUS_LABELS_VI[status];
  const p = fig.progress;
  const detail =
    state === 'yeu-cau-bo-sung'
      ? `yêu cầu bổ sung ${p.requested} chỉ số`
      : state === 'da-nhan'
        ? 'đã nhận tệp'
        : `đang thẩm tra ${p.verified}/${p.total} chỉ số`;
  return `${REPORT_STATUS_LABELS_VI.unverified} (${detail})`;
}

function row(u: ReportUnitInput): ReportRow {
  const code = u.code.normalize('NFC');
  const name = u.name.normalize('NFC');
  if (!u.held) {
    return {
      code,
      name,
      status: 'missing',
      state: 'chua-nhan',
      statusText: REPORT_STATUS_LABELS_VI.missing,
      figures: null,
      groups: [],
      selfPoints: null,
      verifiedPoints: null,
      maxPoints: null,
      completed: null,
      total: null,
      rank: null,
    };
  }
  const { figures: fig, state } = u.held;
  const status: ReportStatus = state === 'da-tham-tra' ? 'verified' : 'unverified';
  const ok = status === 'verified';
  return {
    code,
    name,
    status,
    state,
    statusText: statusText(status, fig, state),
    figures: fig,
    groups: fig.groups.map((g) => ({
      groupCode: g.groupCode,
      total: g.total,
      selfPoints: roundPoints(g.selfPoints),
      selfCompleted: g.selfCompleted,
      verifiedPoints: ok ? roundPoints(g.verifiedPoints) : null,
      verifiedCompleted: ok ? g.verifiedCompleted : null,
    })),
    selfPoints: roundPoints(fig.unit.selfPoints),
    verifiedPoints: ok ? roundPoints(fig.unit.verifiedPoints) : null,
    maxPoints: fig.unit.maxPoints,
    completed: ok ? fig.unit.verifiedCompleted : fig.unit.selfCompleted,
    total: fig.unit.total,
    rank: null,
  };
}

/** Builds the report over every unit the verifier is responsible for (units listed twice are kept once). */
export function verifierReport(units: readonly ReportUnitInput[], opts: ReportOptions = {}): VerifierReport {
  const seen = new Set<string>();
  const unique = units.filter((u) => !seen.has(u.code) && seen.add(u.code) !== undefined);
  const rows = unique
    .map(row)
    .sort((a, b) => compareVi(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const verified = rows.filter((r) => r.status === 'verified');
  const ranks = competitionRanks(verified.map((r) => r.verifiedPoints ?? 0));
  verified.forEach((r, i) => (r.rank = ranks[i] ?? null));
  const counts: ReportCounts = {
    units: rows.length,
    received: rows.filter((r) => r.status !== 'missing').length,
    verified: verified.length,
    unverified: rows.filter((r) => r.status === 'unverified').length,
    missing: rows.filter((r) => r.status === 'missing').length,
  };
  const byCode = new Map(unique.map((u) => [u.code.normalize('NFC'), u]));
  const refFw =
    verified.map((r) => byCode.get(r.code)?.held?.framework).find((f) => f !== undefined) ??
    rows.map((r) => byCode.get(r.code)?.held?.framework).find((f) => f !== undefined);
  const groups = refFw ? [...refFw.groups] : [];
  const { facts, sentence } = reportSentence(rows, counts, groups, opts.communeWord ?? 'xã');
  return { rows, counts, groups, facts, sentence };
}
