import { storageErrorMessage } from '@shared/storage/full';
import { useState, type ReactNode } from 'react';
import type { Framework } from '@shared/framework/types';
import { useReceivingNoun } from '../../components/use-receiving-words';
import { SharedMessage } from '../../components/shared-message';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { remarksHeadlineIn } from './remarks-headline';
import { db } from '../../db/db';
import type { ReceivedRemarks } from '../../db/types';
import { platform } from '../../platform';
import { focusIndicator } from '../../components/keyboard';
import { ResultMessage } from '../../components/result-message';
import { HeadNotice } from './head-notice';
import { viDateTime } from '../../components/date-time';

/** "Nhập tệp yêu cầu bổ sung của huyện/tỉnh…": reads the district's remarks file and stores it on this assessment. */
export function RemarksImportButton({ assessmentId, notices }: { assessmentId: string; notices: HTMLElement | null }) {
  const t = useT();
  const noun = useReceivingNoun();
  // `n` tells each message from the last, so a new one is scrolled into view too.
  const [message, setMessage] = useState<{ text: ReactNode; error?: boolean; n: number } | null>(null);
  const say = (m: { text: ReactNode; error?: boolean }) => setMessage((old) => ({ ...m, n: (old?.n ?? 0) + 1 }));
  const run = async () => {
    try {
      const picked = await platform.openFiles({ multiple: false, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
      const refused = picked.refused[0];
      if (refused)
        return say({
          text: withNodes(t('entry.remarks.refused', { file: refused.name }), {
            reason: <SharedMessage message={refused.reason} />,
          }),
          error: true,
        });
      const file = picked.files[0];
      if (!file) return;
      const { importRemarksFile } = await import('../../exchange/remarks-import');
      const r = await importRemarksFile(db, assessmentId, file.bytes, file.name);
      say(
        r.kind === 'stored'
          ? { text: t('entry.remarks.stored', { file: file.name, count: r.remarks.items.length, noun }) }
          : { text: <SharedMessage message={r.message} />, error: true },
      );
    } catch (e) {
      say({ text: t('entry.remarks.failed', { reason: storageErrorMessage(e) }), error: true });
    }
  };
  return (
    <span className="export">
      <button type="button" onClick={() => void run()}>
        {t('entry.remarks.import', { noun })}
      </button>
      {message && (
        <HeadNotice key={message.n} into={notices}>
          <ResultMessage message={{ ok: !message.error, text: message.text }} testId="remarks-import-message" />
        </HeadNotice>
      )}
    </span>
  );
}

/** The banner listing the district's remarks on this assessment; each code jumps to its indicator. */
export function RemarksBanner({ remarks, fw }: { remarks: ReceivedRemarks; fw: Framework }) {
  const t = useT();
  const noun = useReceivingNoun();
  const lang = useAppStore((s) => s.language);
  const link = (code: string) => (
    <button key={code} type="button" className="link" onClick={() => focusIndicator(code)}>
      {code} <Vi>{fw.indicators.find((i) => i.code === code)?.name ?? ''}</Vi>
    </button>
  );
  return (
    <section className="remarks-banner" role="note" data-testid="remarks-banner">
      <p>
        <strong>{remarksHeadlineIn(lang, remarks.items, noun)}</strong>
      </p>
      <p className="muted">
        {t('entry.remarks.file', {
          file: remarks.fileName,
          revision: remarks.revision,
          at: viDateTime(remarks.receivedAt),
        })}
      </p>
      <ul>
        {remarks.items.map((i) => (
          <li key={i.code}>
            {i.verdict === 'request'
              ? t('entry.remarks.request')
              : t('entry.remarks.adjust', { value: i.verifiedValue ?? '' })}{' '}
            — {link(i.code)}: <Vi>{i.remark}</Vi>
          </li>
        ))}
      </ul>
      <p className="muted">{t('entry.remarks.resend', { noun, revision: remarks.revision + 1 })}</p>
    </section>
  );
}
