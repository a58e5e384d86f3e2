/**
 * The commune's check before export: what a reader at the receiving unit would question, so the officer can fix
 * it first or export anyway (our design, issue 11). Pure; the export button shows it.
 * - a value that cannot be right (a numerator above its denominator, any value the engine cannot score);
 * - an evidence date that is not a date, or falls outside the assessment period;
 * - an indicator that earns points with no evidence at all (no document number, summary or link).
 */
import type { Framework } from '../framework/types';
import { formatPoints, scoreIndicator } from '../scoring';
import { checkEvidenceDate } from './dates';
import { parseRaw } from './raw';
import type { EntryData, Period } from './types';

/** Why a reader would question an indicator. */
export type ExportIssueKind = 'value' | 'date' | 'no-evidence';

/** One thing to look at before export. */
export interface ExportIssue {
  code: string;
  name: string;
  kind: ExportIssueKind;
  /** Vietnamese, fit to show: what is wrong and where. */
  text: string;
}

const hasEvidence = (e: EntryData['evidence']) => [e.docNumber, e.summary, e.link].some((x) => x.trim() !== '');

/** The issues of an assessment's entries, in framework order. */
export function preExportCheck(fw: Framework, entries: Iterable<EntryData>, period: Period): ExportIssue[] {
  const byCode = new Map<string, EntryData>();
  for (const e of entries) if (!byCode.has(e.code)) byCode.set(e.code, e);
  const out: ExportIssue[] = [];
  for (const ind of fw.indicators) {
    const e = byCode.get(ind.code);
    if (!e) continue;
    const base = { code: ind.code, name: ind.name };
    const parsed = parseRaw(ind, e.raw);
    const parseError = Object.values(parsed.errors)[0];
    const score = scoreIndicator(ind, parsed.value, fw.thresholds);
    if (parseError) out.push({ ...base, kind: 'value', text: parseError });
    else if (score.state === 'invalid')
      out.push({ ...base, kind: 'value', text: score.warnings[0] ?? score.explanation });
    const dateError = checkEvidenceDate(e.evidence.docDate, period);
    if (dateError) out.push({ ...base, kind: 'date', text: dateError });
    if (score.state === 'scored' && score.points > 0 && !hasEvidence(e.evidence))
      out.push({
        ...base,
        kind: 'no-evidence',
        text: `Được ${formatPoints(score.points)} điểm nhưng chưa ghi văn bản, tài liệu kiểm chứng (số hiệu, trích yếu hoặc đường dẫn).`,
      });
  }
  return out;
}
