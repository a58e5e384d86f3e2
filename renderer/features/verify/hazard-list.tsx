import type { HazardFinding } from '@shared/exchange';

/**
 * What a file carries that DTI Desk never follows but Excel would meet when the original is opened: each hazard
 * with its decision (refused, or imported with this warning) and its message, which says what to do.
 */
export function HazardList({ hazards, refused }: { hazards: readonly HazardFinding[]; refused: boolean }) {
  if (hazards.length === 0) return null;
  return (
    <div className="hazards" data-testid="hazards" role="note">
      <p>
        <strong>
          {refused
            ? `Tệp bị từ chối vì ${hazards.length > 1 ? 'các mối nguy sau' : 'mối nguy sau'}:`
            : `${hazards.length} cảnh báo về tệp gốc (vẫn nhập được; DTI Desk chỉ đọc giá trị):`}
        </strong>
      </p>
      <ul>
        {hazards.map((h, k) => (
          <li key={k} data-class={h.class} className={h.decision === 'refuse' ? 'hazard-refuse' : 'hazard-warn'}>
            <span className="hazard-decision">{h.decision === 'refuse' ? 'Từ chối' : 'Cảnh báo'}:</span> {h.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
