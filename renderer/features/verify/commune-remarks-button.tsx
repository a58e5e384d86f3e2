import { storageErrorMessage } from '@shared/storage/full';
import { useState } from 'react';
import { db } from '../../db/db';
import { platform } from '../../platform';
import { buildRemarksExport } from '../../exchange/remarks-export';
import { RemarksPrintView } from './remarks-print-view';

/**
 * "Xuất tệp yêu cầu bổ sung": the requests and adjustments with their remarks, saved for the commune; "In công
 * văn" prints the same letter as PDF, to sign and stamp.
 */
export function CommuneRemarksButton({ assessmentId, count }: { assessmentId: string; count: number }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [printing, setPrinting] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const info = await platform.appInfo();
      const file = await buildRemarksExport(db, assessmentId, info.version);
      const saved = await platform.saveFile(file.fileName, file.bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
      if (!saved.saved) return setMessage(null);
      const req = file.manifest.remarks.filter((r) => r.verdict === 'request').length;
      setMessage({
        text: `Đã xuất tệp ${file.fileName}: ${req} yêu cầu bổ sung, ${file.manifest.remarks.length - req} điều chỉnh.`,
      });
    } catch (e) {
      setMessage({ text: `Chưa xuất được: ${storageErrorMessage(e)}`, error: true });
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
        title={count === 0 ? 'Chưa có chỉ số nào cần gửi lại xã.' : undefined}
      >
        Xuất tệp yêu cầu bổ sung
      </button>
      <button type="button" disabled={count === 0} onClick={() => setPrinting(true)}>
        In công văn (PDF)
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
