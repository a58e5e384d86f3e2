import { useMemo, useState } from 'react';
import type { Difference } from '@shared/exchange';
import { outcomeLabel } from '../../exchange/import-labels';
import { type DifferenceChoice, type FilePlan, isApplicable, isCommittable } from '../../exchange/import-pipeline';
import { usePeriodText } from '../../components/period-text';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';
import { FullTextDialog } from './full-text-dialog';
import { HazardList } from './hazard-list';
import { OutcomeText } from './outcome-text';
import { UnscorableList } from './unscorable-list';

/** Props of the dry-run table. */
export interface PlanTableProps {
  plans: FilePlan[];
  choices: DifferenceChoice[];
  onChoice?: (index: number, choice: DifferenceChoice) => void;
  /** Accepts a file that names another parent (unit code). */
  onAcceptParent?: (unitCode: string) => void;
}

/** Files rendered at first and per "Hiện thêm": a 1,000-file dry run must not build 1,000 row groups at once. */
export const PLAN_PAGE = 100;

/**
 * A file the verifier should look at first: refused, or with changed cells, notes, hazard warnings or values that
 * cannot be scored.
 */
function needsAttention(p: FilePlan): boolean {
  const r = p.read;
  return (
    outcomeLabel(p).tone === 'error' ||
    (r?.differences.length ?? 0) + (r?.problems.length ?? 0) + (r?.unscorable.length ?? 0) > 0 ||
    (r?.hazards?.length ?? 0) > 0
  );
}

/**
 * The dry run, one row per file: unit, period, held → incoming revision, outcome; differences and problems below.
 * Files needing attention come first; the list is rendered a page at a time.
 */
export function PlanTable({ plans, choices, onChoice, onAcceptParent }: PlanTableProps) {
  const [shown, setShown] = useState(PLAN_PAGE);
  const order = useMemo(() => {
    // Each plan is judged once; the sort is stable, so both parts keep the files' order.
    const first = plans.map(needsAttention);
    return plans.map((_, i) => i).sort((a, b) => Number(first[b]) - Number(first[a]));
  }, [plans]);
  const rest = plans.length - Math.min(shown, plans.length);
  const t = useT();
  return (
    <table className="assessment-table plan-table" data-testid="plan-table">
      <thead>
        <tr>
          <th>{t('board.plan.file')}</th>
          <th>{t('board.plan.unit')}</th>
          <th>{t('board.plan.period')}</th>
          <th>{t('board.plan.revisions')}</th>
          <th>{t('board.plan.outcome')}</th>
        </tr>
      </thead>
      {order.slice(0, shown).map((i) => (
        <PlanRows
          key={i}
          index={i}
          plan={plans[i] as FilePlan}
          choice={choices[i] ?? 'manifest'}
          onChoice={onChoice}
          onAcceptParent={onAcceptParent}
        />
      ))}
      {rest > 0 && (
        <tbody>
          <tr>
            <td colSpan={5}>
              <button type="button" onClick={() => setShown((n) => n + PLAN_PAGE)}>
                {t('board.plan.more', { n: Math.min(PLAN_PAGE, rest), rest: rest.toLocaleString('vi-VN') })}
              </button>
            </td>
          </tr>
        </tbody>
      )}
    </table>
  );
}

function PlanRows({
  index,
  plan: p,
  choice,
  onChoice,
  onAcceptParent,
}: {
  index: number;
  plan: FilePlan;
  choice: DifferenceChoice;
  onChoice?: PlanTableProps['onChoice'];
  onAcceptParent?: PlanTableProps['onAcceptParent'];
}) {
  const label = outcomeLabel(p);
  const m = p.read?.manifest;
  const held = 'heldRevision' in p.outcome && p.outcome.heldRevision ? `r${p.outcome.heldRevision}` : '—';
  const diffs = p.read?.differences ?? [];
  const problems = p.read?.problems ?? [];
  const unscorable = p.read?.unscorable ?? [];
  const refusedHazards = p.outcome.kind === 'error' ? (p.outcome.hazards ?? []) : [];
  // A refused file's first hazard is already its outcome; the list shows them all when there are several.
  const hazards = p.read?.hazards ?? (refusedHazards.length > 1 ? refusedHazards : []);
  const [opened, setOpened] = useState<Difference | null>(null);
  const t = useT();
  const periodText = usePeriodText();
  return (
    <tbody data-testid={`plan-${index}`}>
      <tr>
        <td className="file-name" lang="vi">
          {p.fileName}
        </td>
        <td lang="vi">{m ? `${m.unit.name} (${m.unit.code})` : '—'}</td>
        <td>{m ? periodText(m.period) : '—'}</td>
        <td>{m ? `${held} → r${m.revision}` : '—'}</td>
        <td
          className={`outcome outcome-${label.tone}`}
          data-testid="outcome"
          role={label.tone === 'error' ? 'alert' : undefined}
        >
          <OutcomeText plan={p} />
          {p.outcome.kind === 'context' && p.outcome.reason === 'wrong-parent' && m && onAcceptParent && (
            <>
              {' '}
              <button type="button" onClick={() => onAcceptParent(m.unit.code)}>
                {t('board.plan.acceptParent')}
              </button>
            </>
          )}
          {p.acceptedParent && m && (
            <span className="muted">
              {' '}
              {withNodes(t('board.plan.accepted'), { district: <Vi>{m.district.name}</Vi> })}
            </span>
          )}
        </td>
      </tr>
      {diffs.length + problems.length + hazards.length + unscorable.length > 0 && (
        <tr className="plan-details">
          <td colSpan={5}>
            <HazardList hazards={hazards} refused={!p.read} />
            {diffs.length > 0 && (
              <div data-testid="differences">
                <p>
                  <strong>{t('board.plan.diffs', { n: diffs.length })}</strong>
                </p>
                <ul>
                  {diffs.map((d, k) => (
                    <li key={k}>
                      <span lang="vi">{d.message}</span>
                      {!isApplicable(d) && <span className="muted"> {t('board.plan.shownOnly')}</span>}
                      {d.at !== undefined && (
                        <>
                          {' '}
                          <button type="button" className="link" onClick={() => setOpened(d)}>
                            {t('board.plan.fullText')}
                          </button>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
                {isCommittable(p.outcome) && onChoice && (
                  <fieldset className="choice">
                    <legend>{t('board.plan.choice')}</legend>
                    <label>
                      <input
                        type="radio"
                        name={`choice-${index}`}
                        checked={choice === 'manifest'}
                        onChange={() => onChoice(index, 'manifest')}
                      />{' '}
                      {t('board.plan.keepManifest')}
                    </label>
                    <label>
                      <input
                        type="radio"
                        name={`choice-${index}`}
                        checked={choice === 'sheet'}
                        onChange={() => onChoice(index, 'sheet')}
                      />{' '}
                      {t('board.plan.keepSheet')}
                    </label>
                  </fieldset>
                )}
              </div>
            )}
            {problems.length > 0 && (
              <div data-testid="problems">
                <p>
                  <strong>{t('board.plan.problems', { n: problems.length })}</strong>
                </p>
                <ul>
                  {problems.map((x, k) => (
                    <li key={k} lang="vi">
                      {x.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <UnscorableList items={unscorable} />
            {opened && <FullTextDialog diff={opened} onClose={() => setOpened(null)} />}
          </td>
        </tr>
      )}
    </tbody>
  );
}
