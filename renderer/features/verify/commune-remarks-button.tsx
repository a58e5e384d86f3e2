import { storageErrorMessage } from '@shared/storage/full';
import { useState } from 'react';
import { db } from '../../db/db';
import { platform } from '../../platform';
import { buildRemarksExport } from '../../exchange/remarks-export';
import { useT } from '../../i18n';
import { RemarksPrintView } from './remarks-print-view';

/**
 * "Xuất tệp yêu cầu bổ sung": the requests and adjustments with their remarks, saved for the commune; "In công
 * văn" prints the same letter as PDF, to sign and stamp.
 */
export function CommuneRemarksButton({ assessmentId, count }: { assessmentId: string; count: number }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [printing, setPrinting] = useState(false);
  const t = useT();
  const run = async () => {
    setBusy(true);
    try {
      const info = await platform.appInfo();
      const file = await buildRemarksExport(db, assessmentId, info.version);
      const saved = await platform.saveFile(file.fileName, file.bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
      if (!saved.saved) return setMessage(null);
      const req = file.manifest.remarks.filter((r) => r.verdict === 'request').length;
      setMessage({
        text: t('verify.remarks.exported', {
          file: file.fileName,
          requests: req,
          adjusts: file.manifest.remarks.length - req,
        }),
      });
    } catch (e) {
      setMessage({ text: t('verify.remarks.failed', { reason: storageErrorMessage(e) }), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export">
      <button
        type="button"
        disabled={busy || count === 0}
        onClick={() => void run()}
        title={count === 0 ? t('verify.remarks.nothing') : undefined}
      >
        {t('verify.remarks.export')}
      </button>
      <button type="button" disabled={count === 0} onClick={() => setPrinting(true)}>
        {t('verify.remarks.print')}
      </button>
      {printing && <RemarksPrintView assessmentId={assessmentId} onClose={() => setPrinting(false)} />}
      {message && (
        <span
          className={message.error ? 'form-error' : 'form-ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="remarks-export-message"
        >
          {message.text}
        </span>
      )}
    </span>
  );
}
