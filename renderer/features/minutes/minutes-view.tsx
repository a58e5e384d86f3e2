import { storageErrorMessage } from '@shared/storage/full';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { slugVi } from '@shared/exchange/file-name';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { platform } from '../../platform';
import { loadMinutes } from './load-minutes';
import { MinutesDoc } from './minutes-doc';
import { restoreTeam } from '../../db/queries/team';
import { TeamEditor } from './team-editor';
import './print.css';

/**
 * The print view of one commune's Biên bản thẩm tra, over the whole window (a portal on <body>, so the print
 * stylesheet can drop everything else). "In / Lưu PDF": desktop → PDF through a save dialog; browser → print.
 */
export function MinutesView({ assessmentId, onClose }: { assessmentId: string; onClose: () => void }) {
  const [date] = useState(() => Date.now());
  const [place, setPlace] = useState('');
  const [note, setNote] = useState('');
  const team = useLiveQuery(async () => restoreTeam(await getMeta(db, 'verifyTeam')), []);
  const loaded = useLiveQuery(
    async () => (team ? loadMinutes(db, assessmentId, team, { date, place }) : undefined),
    [assessmentId, team, date, place],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const print = async () => {
    if (!loaded?.ok) return;
    try {
      const r = await platform.printToPdf(`Bien-ban-tham-tra_${slugVi(loaded.model.unitName)}.pdf`);
      setNote(r.kind === 'pdf' ? (r.saved ? `Đã lưu bản PDF tại ${r.path}.` : 'Đã huỷ lưu PDF.') : '');
    } catch (e) {
      setNote(`Không in được: ${storageErrorMessage(e)}`);
    }
  };

  return createPortal(
    <div
      className="print-view"
      role="dialog"
      aria-modal="true"
      aria-label="Biên bản thẩm tra"
      data-testid="minutes-view"
    >
      <div className="print-toolbar no-print">
        <button type="button" onClick={onClose}>
          ← Quay lại danh sách xã
        </button>
        <label className="field inline">
          <span className="field-label">Địa điểm</span>
          <input
            name="minutes-place"
            value={place}
            placeholder="Trụ sở UBND xã…"
            onChange={(e) => setPlace(e.target.value)}
          />
        </label>
        <button type="button" className="primary" disabled={!loaded?.ok} onClick={() => void print()}>
          In / Lưu PDF
        </button>
        {note && <span role="status">{note}</span>}
      </div>
      {team && <TeamEditor team={team} />}
      {!loaded && <p className="loading">Đang tải…</p>}
      {loaded && !loaded.ok && <p className="form-error">{loaded.error}</p>}
      {loaded?.ok && <MinutesDoc m={loaded.model} />}
    </div>,
    document.body,
  );
}
