import { storageErrorMessage } from '@shared/storage/full';
import { useState } from 'react';
import type { Framework } from '@shared/framework/types';
import { remarksHeadline } from '@shared/verify/remarks-headline';
import { useReceivingWords } from '../../components/use-receiving-words';
import { db } from '../../db/db';
import type { ReceivedRemarks } from '../../db/types';
import { platform } from '../../platform';
import { focusIndicator } from '../../components/keyboard';

const dateTime = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

/** "Nhập tệp yêu cầu bổ sung của huyện/tỉnh…": reads the district's remarks file and stores it on this assessment. */
export function RemarksImportButton({ assessmentId }: { assessmentId: string }) {
  const { noun } = useReceivingWords();
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const run = async () => {
    try {
      const picked = await platform.openFiles({ multiple: false, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
      const refused = picked.refused[0];
      if (refused) return setMessage({ text: `Không nhận tệp ${refused.name}: ${refused.reason}`, error: true });
      const file = picked.files[0];
      if (!file) return;
      const { importRemarksFile } = await import('../../exchange/remarks-import');
      const r = await importRemarksFile(db, assessmentId, file.bytes, file.name);
      setMessage(
        r.kind === 'stored'
          ? { text: `Đã nhập ${file.name}: ${r.remarks.items.length} nhận xét của ${noun}.` }
          : { text: r.message, error: true },
      );
    } catch (e) {
      setMessage({ text: `Chưa nhập được: ${storageErrorMessage(e)}`, error: true });
    }
  };
  return (
    <span className="export">
      <button type="button" onClick={() => void run()}>
        Nhập tệp yêu cầu bổ sung của {noun}…
      </button>
      {message && (
        <span
          className={message.error ? 'form-error' : 'form-ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="remarks-import-message"
        >
          {message.text}
        </span>
      )}
    </span>
  );
}

/** The banner listing the district's remarks on this assessment; each code jumps to its indicator. */
export function RemarksBanner({ remarks, fw }: { remarks: ReceivedRemarks; fw: Framework }) {
  const { noun } = useReceivingWords();
  const link = (code: string) => (
    <button key={code} type="button" className="link" onClick={() => focusIndicator(code)}>
      {code} {fw.indicators.find((i) => i.code === code)?.name ?? ''}
    </button>
  );
  return (
    <section className="remarks-banner" role="note" data-testid="remarks-banner">
      <p>
        <strong>{remarksHeadline(remarks.items)}</strong>
      </p>
      <p className="muted">
        Tệp {remarks.fileName}, về lần xuất {remarks.revision}, nhận lúc {dateTime.format(remarks.receivedAt)}.
      </p>
      <ul>
        {remarks.items.map((i) => (
          <li key={i.code}>
            {i.verdict === 'request' ? 'Yêu cầu bổ sung' : `Điều chỉnh thành ${i.verifiedValue ?? ''}`} — {link(i.code)}
            : {i.remark}
          </li>
        ))}
      </ul>
      <p className="muted">
        Sửa các chỉ số trên rồi bấm “Xuất Excel” để gửi lại {noun} bản mới (lần xuất {remarks.revision + 1}).
      </p>
    </section>
  );
}
