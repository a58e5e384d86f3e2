import { useState } from 'react';
import { db } from '../../db/db';
import { platform, type SaveOutcome } from '../../platform';
import type { SaveQueue } from '../entry/save-queue';
import { buildAssessmentExport, markExported } from './export-assessment';

/**
 * "Xuất Excel": waits for pending edits to be saved, writes the file as the next revision, and only when the file
 * was saved counts the revision as used.
 */
export function ExportButton({ assessmentId, queue }: { assessmentId: string; queue: SaveQueue }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; saved?: SaveOutcome; error?: boolean } | null>(null);

  const run = async () => {
    setBusy(true);
    try {
      await queue.flush();
      if (queue.current.kind === 'error')
        throw new Error('còn thay đổi chưa lưu được; hãy bấm "Thử lại" trước khi xuất.');
      const info = await platform.appInfo();
      const file = await buildAssessmentExport(db, assessmentId, info.version);
      const saved = await platform.saveFile(file.fileName, file.bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
      if (!saved.saved) return setMessage(null);
      await markExported(db, assessmentId, file.manifest.revision);
      setMessage({ text: `Đã xuất tệp ${file.fileName} (lần xuất thứ ${file.manifest.revision}).`, saved });
    } catch (e) {
      setMessage({ text: `Chưa xuất được: ${e instanceof Error ? e.message : String(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const path = message?.saved?.saved ? message.saved.path : null;
  return (
    <span className="export">
      <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
        {busy ? 'Đang xuất…' : 'Xuất Excel'}
      </button>
      {message && (
        <span
          className={message.error ? 'form-error' : 'form-ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="export-message"
        >
          {message.text}
          {path && (
            <button type="button" className="link" onClick={() => void platform.revealFile(path)}>
              Mở thư mục
            </button>
          )}
        </span>
      )}
    </span>
  );
}
