import { storageErrorMessage } from '@shared/storage/full';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Period } from '@shared/entry/types';
import type { VerifierReport } from '@shared/verify';
import {
  handoffClipboard,
  sendChecklist,
  type ChecklistItem,
  type HandoffMailInput,
  type VerifierLevel,
} from '@shared/verify/handoff';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { platform } from '../../platform';
import { useAppStore } from '../../store';
import { copyText } from '../../platform/copy-text';
import { gatherConsolidated, loadOwnForm, mailContact } from './gather';
import { checkEmail, handoffMailto } from '../../exchange/mailto';
import { ConsolidatedPrintButton } from './consolidated-print';
import { useChecklistWords } from './checklist-text';
import { useT } from '../../i18n';
import { withNodes } from '../../components/with-nodes';

/** A fresh export id and time (outside the component: not part of rendering). */
function stamp(): { exportId: string; exportedAt: number } {
  return { exportId: crypto.randomUUID(), exportedAt: Date.now() };
}

type SendState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }
  | { kind: 'sent'; fileName: string; path: string | null; mailto: string; to: string; clipboard: string };

/**
 * "Gửi kết quả": the checklist first (verified / received not verified / not received / own form, each with a
 * link to fix it), a confirmation when the report is partial, then the consolidated workbook is saved and the
 * mail program is asked to open; the app cannot know whether it did, so it says what to do if it did not and
 * offers "Sao chép nội dung thư".
 */
export function SendCard({ period, report }: { period: Period; report: VerifierReport }) {
  const email = useLiveQuery(async () => (await getMeta(db, 'provinceEmail')) ?? '', []);
  const role = useLiveQuery(() => getMeta(db, 'role'), []);
  const level: VerifierLevel = role?.kind === 'province' ? 'province' : 'district';
  const own = useLiveQuery(() => loadOwnForm(db, period), [period.year, period.kind]);
  const navigate = useAppStore((s) => s.navigate);
  const openAssessment = useAppStore((s) => s.openAssessment);
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  const [confirmed, setConfirmed] = useState(false);
  const checked = email === undefined ? undefined : checkEmail(email);
  const list = sendChecklist(report, level, level === 'district' ? (own ?? null) : null);
  const t = useT();
  const said = useChecklistWords(report, level, level === 'district' ? (own ?? null) : null);
  const word = t(level === 'province' ? 'comp.level.province' : 'comp.level.district');
  const canSend = checked?.ok === true && state.kind !== 'working' && (!list.partial || confirmed);

  const fix = (item: ChecklistItem) => {
    if (item.fix?.kind === 'own-form') {
      if (own) openAssessment(own.assessmentId);
      navigate('assess');
    } else if (item.fix) navigate('verify');
  };

  const send = async (to: string) => {
    setState({ kind: 'working' });
    try {
      const g = await gatherConsolidated(db, period, {
        ...stamp(),
        appVersion: __APP_VERSION__,
        partialNote: list.partialNote,
      });
      if (!g.ok) return setState({ kind: 'failed', message: t(g.key) });
      const { exportConsolidated } = await import('@shared/verify/consolidated');
      const out = await exportConsolidated(g.input);
      const saved = await platform.saveFile(out.fileName, out.bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
      if (!saved.saved) return setState({ kind: 'cancelled' });
      const mail: HandoffMailInput = {
        level,
        unitName: g.input.district.name,
        period,
        fileName: out.fileName,
        report: out.report,
        partialNote: list.partialNote,
        withOwnForm: g.input.districtAssessment !== undefined,
        contact: mailContact(own, g.input.documents?.preparer),
      };
      const { url } = handoffMailto(to, mail);
      // Whether a mail program opens is out of the app's sight: the result says what to do if none did.
      await platform.openExternal(url).catch(() => undefined);
      if (saved.path) await platform.revealFile(saved.path).catch(() => undefined);
      setState({
        kind: 'sent',
        fileName: out.fileName,
        path: saved.path,
        mailto: url,
        to,
        clipboard: handoffClipboard(mail),
      });
    } catch (e) {
      setState({
        kind: 'failed',
        message: t('handoff.failed', { reason: storageErrorMessage(e) }),
      });
    }
  };

  return (
    <section className="card send-card no-print" aria-labelledby="send-title" data-testid="send-card">
      <h2 id="send-title">{t(level === 'province' ? 'handoff.title.province' : 'handoff.title.district')}</h2>
      {/* The sentence the consolidated report carries, quoted as the document says it (shared/verify/report). */}
      <p data-testid="district-sentence" lang="vi" title={t('handoff.sentence')}>
        {report.sentence}
      </p>
      <h3>{t('handoff.checkTitle')}</h3>
      <ul className="send-checklist" data-testid="send-checklist">
        {list.items.map((item) => (
          <li key={item.key} data-testid={`check-${item.key}`} data-ok={item.ok}>
            <span aria-hidden="true">{item.ok ? '✓' : '!'}</span> {said.item(item)}{' '}
            {item.fix && (
              <button type="button" className="link-button" onClick={() => fix(item)}>
                {item.fix.kind === 'own-form' ? t('handoff.fix.ownForm', { word }) : t('handoff.fix.board')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {list.partial && (
        <label className="send-confirm">
          <input
            type="checkbox"
            name="confirm-partial"
            checked={confirmed}
            onChange={(e) => setConfirmed(e.target.checked)}
          />{' '}
          {said.confirm}
        </label>
      )}
      {checked && !checked.ok && (
        <p className="form-error" role="alert">
          {t('handoff.noEmail')}{' '}
          <button type="button" className="link-button" onClick={() => navigate('settings')}>
            {t('handoff.setEmail')}
          </button>
        </p>
      )}
      {checked?.ok && (
        <p className="muted">
          {withNodes(t('handoff.sendTo'), { email: <strong data-testid="province-email">{checked.email}</strong> })}
        </p>
      )}
      <button
        type="button"
        className="primary"
        disabled={!canSend}
        onClick={() => checked?.ok && void send(checked.email)}
      >
        {state.kind === 'working' ? t('handoff.working') : t('handoff.send')}
      </button>{' '}
      <ConsolidatedPrintButton period={period} partialNote={list.partialNote} />
      <SendResult state={state} />
    </section>
  );
}

function SendResult({ state }: { state: SendState }) {
  const [copied, setCopied] = useState<string | null>(null);
  const t = useT();
  if (state.kind === 'cancelled') return <p className="muted">{t('handoff.cancelled')}</p>;
  if (state.kind === 'failed')
    return (
      <p className="form-error" role="alert">
        {state.message}
      </p>
    );
  if (state.kind !== 'sent') return null;
  const where = state.path
    ? t('handoff.savedAt', { file: state.fileName, path: state.path })
    : t('handoff.downloaded', { file: state.fileName });
  const copy = async () => {
    const ok = await copyText(state.clipboard);
    setCopied(t(ok ? 'handoff.copied' : 'handoff.copyFailed'));
  };
  return (
    <div className="form-ok" data-testid="send-result" role="status">
      <p>{where}</p>
      <p>{t('handoff.mailOpened', { to: state.to, file: state.fileName })}</p>
      <p>
        <button type="button" onClick={() => void copy()}>
          {t('handoff.copy')}
        </button>{' '}
        <a href={state.mailto} data-testid="mailto-link">
          {t('handoff.reopen')}
        </a>
        {state.path && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => void platform.revealFile(state.path ?? '')}>
              {t('handoff.openFolder')}
            </button>
          </>
        )}
      </p>
      {copied && <p data-testid="copy-message">{copied}</p>}
      <details>
        <summary>{t('handoff.showMail')}</summary>
        <pre lang="vi" className="mail-text" data-testid="mail-text">
          {state.clipboard}
        </pre>
      </details>
    </div>
  );
}
