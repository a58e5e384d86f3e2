import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { db } from '../../db/db';
import { historyOf } from '../../db/repositories/history';
import { useFieldName } from '../../components/field-name';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';
import { viDateTime } from '../../components/date-time';

/** The history of one indicator: every change (time, field, old → new), newest first. */
export function HistoryDialog({
  assessmentId,
  code,
  title,
  onClose,
}: {
  assessmentId: string;
  code: string;
  title: string;
  onClose: () => void;
}) {
  const t = useT();
  const fieldName = useFieldName();
  const ref = useRef<HTMLDialogElement>(null);
  const rows = useLiveQuery(() => historyOf(db, assessmentId, code), [assessmentId, code]);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="history-dialog" onClose={onClose} aria-labelledby="history-title">
      <h3 id="history-title">{withNodes(t('entry.history.title'), { title: <Vi>{title}</Vi> })}</h3>
      {rows && rows.length === 0 && <p>{t('entry.history.none')}</p>}
      {rows && rows.length > 0 && (
        <table data-testid="history-table">
          <thead>
            <tr>
              <th>{t('entry.history.at')}</th>
              <th>{t('entry.history.field')}</th>
              <th>{t('entry.history.old')}</th>
              <th>{t('entry.history.new')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.seq}>
                <td>{viDateTime(r.at, { seconds: true })}</td>
                <td>{fieldName(r.field)}</td>
                <td lang={r.old ? 'vi' : undefined}>{r.old || t('entry.empty')}</td>
                <td lang={r.new ? 'vi' : undefined}>{r.new || t('entry.empty')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => ref.current?.close()}>
        {t('entry.history.close')}
      </button>
    </dialog>
  );
}
