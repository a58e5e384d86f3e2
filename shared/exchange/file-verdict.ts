/**
 * What one received file is worth on its own, before any database: refused (with the Vietnamese message the app's
 * dry run shows) or accepted, with what the verifier should look at. The app's import and the `dti-desk check`
 * command both derive their per-file line from this, so the two always agree.
 */
import { periodLabel, type Period } from '../entry/types';
import { checkContext } from './context';
import type { ExchangeErrorKind } from './errors';
import type { ImportRead } from './import';

/** The verdict of one file. */
export type FileVerdict =
  | {
      verdict: 'refused';
      kind: ExchangeErrorKind | 'framework-unknown' | 'period-mismatch' | 'other-district';
      message: string;
    }
  | {
      verdict: 'accepted';
      unit: { code: string; name: string };
      district: { code: string; name: string };
      period: string;
      revision: number;
      /** "Trang "Biểu mẫu 01", dòng 12, cột L: …" — cells changed outside the app. */
      differences: string[];
      /** Row-level notes of the form sheet. */
      problems: string[];
      /** Hazards imported with a warning (external links, formulas, bidi controls…): what and what to do. */
      warnings: string[];
    };

/** What the caller knows: the frameworks it holds and, optionally, the receiving unit and the period. */
export interface VerdictContext {
  knownFrameworks: (id: string, version: string) => boolean;
  /** Code of the receiving district (before 7/2025) or province; files of another are refused. */
  parentCode?: string;
  period?: Period;
}

/**
 * The file's verdict from its read, with the app's context checks where the caller knows enough: the receiving
 * unit when given, the period when given, the framework always. Whether the unit is on the receiver's list of
 * units needs the app's database and is not checked here.
 */
export function fileVerdict(r: ImportRead, ctx: VerdictContext): FileVerdict {
  if (!r.ok) return { verdict: 'refused', kind: r.error.kind, message: r.error.message };
  const m = r.manifest;
  const parent = ctx.parentCode ?? m.district.code;
  const c = checkContext(m, {
    districtCode: parent,
    // The unit counts as listed under its own parent only: a file naming another parent is another district's.
    unitCodes: new Set(m.district.code === parent ? [m.unit.code] : []),
    knownFrameworks: ctx.knownFrameworks,
    period: ctx.period,
  });
  if (!c.ok) {
    const kind =
      c.reason === 'unknown-unit' || c.reason === 'addable' || c.reason === 'wrong-parent'
        ? 'other-district'
        : c.reason;
    return { verdict: 'refused', kind, message: c.message };
  }
  return {
    verdict: 'accepted',
    unit: { code: m.unit.code, name: m.unit.name },
    district: { code: m.district.code, name: m.district.name },
    period: periodLabel(m.period),
    revision: m.revision,
    differences: r.differences.map((d) => d.message),
    problems: r.problems.map((p) => p.message),
    warnings: r.hazards.map((h) => h.message),
  };
}
