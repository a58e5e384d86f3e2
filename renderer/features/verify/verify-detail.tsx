import { useLiveQuery } from 'dexie-react-hooks';
import { parseRaw } from '@shared/entry/raw';
import { EVIDENCE_FIELDS } from '@shared/entry/types';
import { displayValue } from '@shared/exchange/form-layout';
import { methodText } from '@shared/framework/method-text';
import type { Indicator, Thresholds } from '@shared/framework/types';
import { scoreIndicator } from '@shared/scoring/score-indicator';
import { db } from '../../db/db';
import { historyOf } from '../../db/repositories/history';
import type { EntryRow } from '../../db/types';
import { useT } from '../../i18n';
import { SharedMessage } from '../../components/shared-message';
import type { EditMode } from './verdict-editor';
import { viDateTime } from '../../components/date-time';

interface Props {
  ind: Indicator;
  entry: EntryRow | undefined;
  assessmentId: string;
  thresholds: Thresholds;
  onAgree: () => void;
  onEdit: (mode: EditMode) => void;
  onAgreeGroup: () => void;
}

/** The side panel of the selected line: method, the commune's full evidence and giải trình, the verdict history. */
export function VerifyDetail({ ind, entry, assessmentId, thresholds, onAgree, onEdit, onAgreeGroup }: Props) {
  const history = useLiveQuery(
    async () => (await historyOf(db, assessmentId, ind.code)).filter((h) => h.field === 'verdict'),
    [assessmentId, ind.code],
  );
  const t = useT();
  const raw = entry?.raw ?? {};
  const score = scoreIndicator(ind, parseRaw(ind, raw).value, thresholds);
  const ev = entry?.evidence;
  const layer = entry?.verified;
  return (
    <aside
      className="verify-detail"
      aria-label={t('verify.detail.label', { code: ind.code })}
      data-testid="verify-detail"
    >
      <h3>
        {ind.code}. <span lang="vi">{ind.name}</span>
      </h3>
      <div className="detail-actions">
        <button type="button" className="primary" tabIndex={-1} onClick={onAgree}>
          {t('verify.verdict.agree')} <kbd>A</kbd>
        </button>
        <button type="button" tabIndex={-1} onClick={() => onEdit('adjust')}>
          {t('verify.verdict.adjust')} <kbd>D</kbd>
        </button>
        <button type="button" tabIndex={-1} onClick={() => onEdit('request')}>
          {t('verify.verdict.request')} <kbd>B</kbd>
        </button>
        <button type="button" tabIndex={-1} onClick={onAgreeGroup}>
          {t('verify.agreeGroup')} <kbd>Shift+A</kbd>
        </button>
      </div>
      <dl>
        <dt>{t('verify.detail.self')}</dt>
        <dd>
          {displayValue(ind, raw) ? <span lang="vi">{displayValue(ind, raw)}</span> : t('verify.detail.notEntered')} —{' '}
          <SharedMessage message={score.explanation} />
        </dd>
        <dt>{t('verify.detail.evidence')}</dt>
        <dd data-testid="detail-evidence">
          {ev && EVIDENCE_FIELDS.some((f) => ev[f]) ? (
            EVIDENCE_FIELDS.map(
              (f) =>
                ev[f] && (
                  <span key={f} className="ev-line">
                    {t(`verify.ev.${f}`)}: <span lang="vi">{ev[f]}</span>
                  </span>
                ),
            )
          ) : (
            <span className="muted">{t('verify.detail.noEvidence')}</span>
          )}
        </dd>
        {entry?.note && (
          <>
            <dt>{t('verify.detail.note')}</dt>
            <dd className="pre" lang="vi">
              {entry.note}
            </dd>
          </>
        )}
        {ind.evidence && (
          <>
            <dt>{t('verify.detail.evidenceNeeded')}</dt>
            <dd lang="vi">{ind.evidence}</dd>
          </>
        )}
        <dt>{t('verify.detail.method')}</dt>
        <dd data-testid="detail-method" lang="vi">
          {methodText(ind)}
        </dd>
        {layer && (
          <>
            <dt>{t('verify.detail.current')}</dt>
            <dd>
              {layer.verifier ? <span lang="vi">{`${layer.verifier} · `}</span> : ''}
              {viDateTime(layer.at)}
              {layer.stale ? t('verify.detail.staleMark') : ''}
            </dd>
          </>
        )}
      </dl>
      {history && history.length > 0 && (
        <>
          <h4>{t('verify.detail.history')}</h4>
          <ol className="detail-history" data-testid="detail-history">
            {history.map((h) => (
              <li key={h.seq}>
                {viDateTime(h.at)}: {h.new ? <span lang="vi">{h.new}</span> : t('verify.detail.cleared')}
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="keys-legend muted">
        <kbd>↑</kbd>/<kbd>↓</kbd> {t('verify.keys.or')} <kbd>K</kbd>/<kbd>J</kbd> {t('verify.keys.move')} ·{' '}
        <kbd>Enter</kbd> {t('verify.keys.enter')} · <kbd>Ctrl+Z</kbd> {t('verify.keys.undo')}
      </p>
    </aside>
  );
}
