import { storageErrorMessage } from '@shared/storage/full';
import { useState } from 'react';
import { preExportCheck, type ExportIssue } from '@shared/entry/export-check';
import type { AssessmentRow } from '../../db/types';
import { db } from '../../db/db';
import { entriesOf } from '../../db/repositories/entries';
import { platform, type SaveOutcome } from '../../platform';
import type { SaveQueue } from '../../exchange/save-queue';
import { focusIndicator } from '../../components/keyboard';
import { buildAssessmentExport, markExported } from '../../exchange/export-assessment';
import { useExportState } from '../../components/export-state';
import { useT, type MessageKey } from '../../i18n';
import { SharedMessage } from '../../components/shared-message';
import { ExportMail, type ExportMailFacts } from './export-mail';
import { frameworkRowOf } from '../../db/repositories/frameworks';
import { HeadNotice } from './head-notice';

type Stage =
  | { kind: 'idle' }
  | { kind: 'review'; issues: ExportIssue[] }
  | {
      kind: 'done';
      fileName: string;
      revision: number;
      receiverName: string;
      saved: Extract<SaveOutcome, { saved: true }>;
    }
  | { kind: 'error'; text: string };

const KIND_TITLE: Record<ExportIssue['kind'], MessageKey> = {
  value: 'entry.check.value',
  date: 'entry.check.date',
  'no-evidence': 'entry.check.noEvidence',
};
const SHOWN = 12;

/**
 * "Xuất Excel": waits for pending edits to be saved, lists what a reader would question (the officer fixes first
 * or exports anyway), writes the file as the next revision, and only when the file was saved counts the revision
 * as used; then says where the file is and offers the e-mail to the receiving unit.
 */
export function ExportButton({
  assessment,
  queue,
  mail,
  notices,
}: {
  assessment: AssessmentRow;
  queue: SaveQueue;
  mail: Omit<ExportMailFacts, 'fileName' | 'revision' | 'receiverName'>;
  /** Where the check and the result are shown (below the form's head). */
  notices: HTMLElement | null;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const state = useExportState()(assessment);

  const flush = async () => {
    await queue.flush();
    if (queue.current.kind === 'error') throw new Error(t('entry.export.unsaved'));
  };

  const check = async () => {
    setBusy(true);
    try {
      await flush();
      const fw = (await frameworkRowOf(db, assessment))?.framework;
      const issues = fw ? preExportCheck(fw, (await entriesOf(db, assessment.id)).values(), assessment.period) : [];
      if (issues.length > 0) setStage({ kind: 'review', issues });
      else await run();
    } catch (e) {
      setStage({ kind: 'error', text: t('entry.export.failed', { reason: storageErrorMessage(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    setBusy(true);
    try {
      await flush();
      const info = await platform.appInfo();
      const file = await buildAssessmentExport(db, assessment.id, info.version);
      const saved = await platform.saveFile(file.fileName, file.bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
      if (!saved.saved) return setStage({ kind: 'idle' });
      await markExported(db, assessment.id, file.manifest.revision);
      setStage({
        kind: 'done',
        fileName: file.fileName,
        revision: file.manifest.revision,
        receiverName: file.receiverName,
        saved,
      });
    } catch (e) {
      setStage({ kind: 'error', text: t('entry.export.failed', { reason: storageErrorMessage(e) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export">
      <button type="button" className="primary" disabled={busy} onClick={() => void check()}>
        {busy ? t('entry.export.busy') : t('entry.export.button')}
      </button>{' '}
      <span className={state.stale ? 'badge stale' : 'badge'} data-testid="export-state">
        {state.label}
      </span>
      {stage.kind === 'review' && (
        <HeadNotice key="review" into={notices}>
          <ExportReview
            issues={stage.issues}
            onExport={() => void run()}
            onFix={(code) => {
              setStage({ kind: 'idle' });
              if (code) focusIndicator(code);
            }}
            busy={busy}
          />
        </HeadNotice>
      )}
      {stage.kind === 'error' && (
        <HeadNotice key="error" into={notices}>
          <p className="form-error" role="alert" data-testid="export-message">
            {stage.text}
          </p>
        </HeadNotice>
      )}
      {stage.kind === 'done' && (
        <HeadNotice key="done" into={notices}>
          <div className="form-ok export-done" role="status" data-testid="export-message">
            <p>
              {t('entry.export.done', { file: stage.fileName, revision: stage.revision })}{' '}
              {stage.saved.path ? t('entry.export.savedAt', { path: stage.saved.path }) : t('entry.export.downloaded')}{' '}
              {stage.saved.path && (
                <button type="button" className="link" onClick={() => void platform.revealFile(stage.saved.path ?? '')}>
                  {t('entry.export.openFolder')}
                </button>
              )}
            </p>
            <ExportMail
              facts={{
                ...mail,
                fileName: stage.fileName,
                revision: stage.revision,
                receiverName: stage.receiverName,
              }}
            />
          </div>
        </HeadNotice>
      )}
    </div>
  );
}

function ExportReview({
  issues,
  onExport,
  onFix,
  busy,
}: {
  issues: ExportIssue[];
  onExport: () => void;
  onFix: (code?: string) => void;
  busy: boolean;
}) {
  const t = useT();
  const kinds = (['value', 'date', 'no-evidence'] as const).filter((k) => issues.some((i) => i.kind === k));
  return (
    <section className="export-check" role="dialog" aria-labelledby="export-check-title" data-testid="export-check">
      <h3 id="export-check-title">{t('entry.check.title', { count: issues.length })}</h3>
      {kinds.map((k) => {
        const list = issues.filter((i) => i.kind === k);
        return (
          <div key={k} data-testid={`export-check-${k}`}>
            <h4>
              {t(KIND_TITLE[k])} ({list.length})
            </h4>
            <ul>
              {list.slice(0, SHOWN).map((i) => (
                <li key={`${i.code}-${i.kind}`}>
                  <button type="button" className="link" onClick={() => onFix(i.code)}>
                    {i.code} <span lang="vi">{i.name}</span>
                  </button>
                  : <SharedMessage message={i.text} />
                </li>
              ))}
              {list.length > SHOWN && <li>{t('entry.check.more', { count: list.length - SHOWN })}</li>}
            </ul>
          </div>
        );
      })}
      <p>
        <button type="button" onClick={() => onFix()}>
          {t('entry.check.fix')}
        </button>{' '}
        <button type="button" className="primary" disabled={busy} onClick={onExport}>
          {t('entry.check.anyway')}
        </button>
      </p>
    </section>
  );
}
