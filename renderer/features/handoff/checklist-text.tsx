import type { ReactNode } from 'react';
import type { VerifierReport } from '@shared/verify';
import { MAX_LISTED, type ChecklistItem, type OwnForm, type VerifierLevel } from '@shared/verify/handoff';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';

type T = ReturnType<typeof useT>;

/** The names of the units listed (shared/verify MAX_LISTED at most) and "và N xã khác" for the rest. */
function listed(t: T, names: readonly string[], count: number): ReactNode {
  const more = count - names.length;
  return (
    <>
      <Vi>{names.join(', ')}</Vi>
      {more > 0 ? t('handoff.check.more', { n: more }) : ''}
    </>
  );
}

/**
 * The send checklist and its confirmation in the UI language: the words of shared/verify/handoff's sendChecklist
 * (which the file and e-mail keep), said from the report's counts, with the units' names as Vietnamese data.
 * In Vietnamese the text is the checklist's own, word for word (tests/renderer/features/handoff).
 */
export function checklistWords(t: T, report: VerifierReport, level: VerifierLevel, own: OwnForm | null) {
  const c = report.counts;
  const word = t(level === 'province' ? 'comp.level.province' : 'comp.level.district');
  const unverified = report.rows.filter((r) => r.status === 'unverified');
  const missing = report.rows.filter((r) => r.status === 'missing');
  const names = (rows: typeof unverified) => rows.slice(0, MAX_LISTED).map((r) => r.name);
  const ownDone = own !== null && own.total > 0 && own.entered === own.total;

  const item = (i: ChecklistItem): ReactNode => {
    switch (i.key) {
      case 'verified':
        return t('handoff.check.verified', { verified: c.verified, received: c.received });
      case 'unverified':
        return unverified.length === 0
          ? t('handoff.check.unverifiedNone')
          : withNodes(t('handoff.check.unverified', { n: unverified.length }), {
              units: listed(t, names(unverified), unverified.length),
            });
      case 'missing':
        return missing.length === 0
          ? t('handoff.check.missingNone', { n: c.units })
          : withNodes(t('handoff.check.missing', { n: missing.length, total: c.units }), {
              units: listed(t, names(missing), missing.length),
            });
      case 'own':
        if (!own) return t('handoff.check.ownNone', { word });
        return t(ownDone ? 'handoff.check.ownDone' : 'handoff.check.ownPart', {
          word,
          entered: own.entered,
          total: own.total,
        });
    }
  };

  const gaps: ReactNode[] = [];
  if (unverified.length > 0)
    gaps.push(
      withNodes(t('handoff.gap.unverified', { n: unverified.length }), {
        units: listed(t, names(unverified), unverified.length),
      }),
    );
  if (missing.length > 0) gaps.push(t('handoff.gap.missing', { n: missing.length, total: c.units }));
  if (level === 'district' && !ownDone)
    gaps.push(
      own
        ? t('handoff.gap.ownPart', { word, entered: own.entered, total: own.total })
        : t('handoff.gap.ownNone', { word }),
    );
  const confirm = withNodes(t('handoff.confirm'), {
    gaps: gaps.map((g, i) => (
      <span key={i}>
        {i > 0 && '; '}
        {g}
      </span>
    )),
  });
  return { item, confirm };
}

/** checklistWords in the current UI language. */
export function useChecklistWords(report: VerifierReport, level: VerifierLevel, own: OwnForm | null) {
  return checklistWords(useT(), report, level, own);
}
