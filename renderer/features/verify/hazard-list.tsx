import type { HazardFinding } from '@shared/exchange';
import { useT } from '../../i18n';

/**
 * What a file carries that DTI Desk never follows but Excel would meet when the original is opened: each hazard
 * with its decision (refused, or imported with this warning) and its message, which says what to do.
 */
export function HazardList({ hazards, refused }: { hazards: readonly HazardFinding[]; refused: boolean }) {
  const t = useT();
  if (hazards.length === 0) return null;
  return (
    <div className="hazards" data-testid="hazards" role="note">
      <p>
        <strong>
          {refused
            ? t(hazards.length > 1 ? 'board.hazard.refusedMany' : 'board.hazard.refusedOne')
            : t('board.hazard.warnings', { n: hazards.length })}
        </strong>
      </p>
      <ul>
        {hazards.map((h, k) => (
          <li key={k} data-class={h.class} className={h.decision === 'refuse' ? 'hazard-refuse' : 'hazard-warn'}>
            <span className="hazard-decision">
              {t(h.decision === 'refuse' ? 'board.hazard.refuse' : 'board.hazard.warn')}:
            </span>{' '}
            <span lang="vi">{h.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
