import { useCallback, useEffect, useState } from 'react';
import { storageText } from '../../exchange/storage-text';
import type { RestorePlan } from '../../db/backup';
import { backupNow, backupPlace, pickBackup, restorePlanned, type BackupPlace } from '../../exchange/backup';
import { useT, type MessageKey } from '../../i18n';
import { platform } from '../../platform';
import { useAppStore } from '../../store';
import { ResultMessage } from '../../components/result-message';
import { Vi, withNodes } from '../../components/with-nodes';
import { viDateTime } from '../../components/date-time';

const TABLES = [
  'meta',
  'units',
  'frameworks',
  'assessments',
  'entries',
  'entrySets',
  'history',
  'historyLogs',
  'historyBooks',
];

const count = (n: number) => n.toLocaleString('vi-VN');
type Message = { ok: boolean; text: string } | null;

/** Cài đặt → Sao lưu và khôi phục: where backups are and the last one, back up now, restore after a dry run. */
export function BackupPanel() {
  const t = useT();
  const desktop = platform.kind === 'desktop';
  const [place, setPlace] = useState<BackupPlace | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const refresh = useCallback(() => {
    void backupPlace()
      .then(setPlace)
      .catch(() => setPlace({ folder: null, last: null, autoCount: 0 }));
  }, []);
  useEffect(refresh, [refresh]);

  const run = async (work: () => Promise<Message>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (e) {
      setMessage({ ok: false, text: storageText(e) });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const save = () =>
    run(async () => {
      const r = await backupNow();
      return r.saved ? { ok: true, text: t('backup.saved', { where: r.where }) } : null;
    });
  const pick = () =>
    run(async () => {
      setPlan(null);
      const r = await pickBackup();
      if (r.kind === 'plan') setPlan(r.plan);
      return r.kind === 'refused' ? { ok: false, text: r.message } : null;
    });
  const restore = (p: RestorePlan) =>
    run(async () => {
      await restorePlanned(p);
      setPlan(null);
      // A form left open may name an assessment the backup does not hold; stay on Cài đặt to read the outcome.
      useAppStore.setState({ openAssessmentId: null });
      return { ok: true, text: t('backup.restored', { at: viDateTime(p.backup.header.createdAt) }) };
    });

  return (
    <section className="settings card backup-panel" aria-labelledby="backup-title" data-testid="backup-panel">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>
        {t('backup.intro')}
        {t(desktop ? 'backup.intro.desktop' : 'backup.intro.browser')}
      </p>
      <dl>
        <dt>{t('backup.last')}</dt>
        <dd data-testid="backup-last">
          {place === null ? (
            '…'
          ) : place.last ? (
            <>
              {viDateTime(place.last.at)} — <span lang="vi">{place.last.path}</span>
            </>
          ) : (
            t('backup.none')
          )}
        </dd>
        {place?.folder && (
          <>
            <dt>{t('backup.folder')}</dt>
            <dd data-testid="backup-folder">
              {t('backup.folderCount', { folder: place.folder, n: count(place.autoCount) })}
            </dd>
          </>
        )}
      </dl>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          {t(desktop ? 'backup.now' : 'backup.download')}
        </button>
        <button type="button" disabled={busy} onClick={() => void pick()}>
          {t('backup.pick')}
        </button>
      </div>
      <p className="hint">{t('backup.move', { button: t(desktop ? 'backup.now' : 'backup.download') })}</p>
      {busy && <p role="status">{t('backup.busy')}</p>}
      <ResultMessage message={message} testId="backup-message" />
      {plan && (
        <RestoreDryRun plan={plan} busy={busy} onRestore={() => void restore(plan)} onCancel={() => setPlan(null)} />
      )}
    </section>
  );
}

function RestoreDryRun(props: { plan: RestorePlan; busy: boolean; onRestore(): void; onCancel(): void }) {
  const t = useT();
  const h = props.plan.backup.header;
  return (
    <div className="restore-plan" data-testid="restore-plan">
      <h3>{t('backup.plan.title')}</h3>
      <p>
        {t('backup.plan.made', { at: viDateTime(h.createdAt), version: h.appVersion })}
        {h.unit && withNodes(t('backup.plan.unit', { code: h.unit.code }), { name: <Vi>{h.unit.name}</Vi> })}
        {h.periods.length > 0 && withNodes(t('backup.plan.periods'), { periods: <Vi>{h.periods.join(', ')}</Vi> })}.
      </p>
      <table>
        <thead>
          <tr>
            <th>{t('backup.plan.data')}</th>
            <th>{t('backup.plan.inFile')}</th>
            <th>{t('backup.plan.now')}</th>
          </tr>
        </thead>
        <tbody>
          {props.plan.rows.map((r) => (
            <tr key={r.table}>
              <td>{TABLES.includes(r.table) ? t(`backup.table.${r.table}` as MessageKey) : r.table}</td>
              <td className="num">{count(r.inBackup)}</td>
              <td className="num">{count(r.now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('backup.plan.warning')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={props.busy} onClick={props.onRestore}>
          {t('backup.plan.restore')}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onCancel}>
          {t('backup.plan.cancel')}
        </button>
      </div>
    </div>
  );
}
