import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { communeMail, mailtoUrl, type CommuneMailInput } from '@shared/verify/handoff';
import { db } from '../../db/db';
import { getMeta, setMeta } from '../../db/repositories/meta';
import { platform } from '../../platform';
import { copyText } from '../../platform/copy-text';

/** What the commune's e-mail needs about the file just exported. */
export type ExportMailFacts = CommuneMailInput;

// Same narrow shape as the verifier's hand-off address (a plain address, nothing that could add a recipient).
const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/**
 * After "Xuất Excel": the e-mail to the receiving unit, as the verifier's hand-off does it. The address is asked
 * once and remembered; the app asks the mail program to open but cannot know whether it did, so it says what to do
 * if it did not and offers "Sao chép nội dung thư".
 */
export function ExportMail({ facts }: { facts: ExportMailFacts }) {
  const saved = useLiveQuery(async () => (await getMeta(db, 'receiverEmail')) ?? '', []);
  const [typed, setTyped] = useState<string | null>(null);
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const address = (typed ?? saved ?? '').trim();
  const mail = communeMail(facts);

  const compose = async () => {
    if (!EMAIL.test(address) || address.includes('..')) {
      setNote({
        text: 'Địa chỉ thư điện tử không hợp lệ (ví dụ đúng: vanphong@giavien.ninhbinh.gov.vn).',
        error: true,
      });
      return;
    }
    await setMeta(db, 'receiverEmail', address);
    await platform.openExternal(mailtoUrl(address, mail.subject, mail.body)).catch(() => undefined);
    setNote({
      text: `DTI Desk đã yêu cầu mở chương trình thư với thư soạn sẵn gửi ${address}. Nếu chương trình thư không tự mở, hãy bấm “Sao chép nội dung thư”, dán vào một thư mới gửi ${address} và đính kèm tệp ${facts.fileName}.`,
    });
  };
  const copy = async () => {
    const ok = await copyText(mail.clipboard);
    setNote(
      ok
        ? { text: 'Đã sao chép tiêu đề và nội dung thư: dán vào thư mới và đính kèm tệp.' }
        : { text: 'Không sao chép được; hãy chọn nội dung thư bên dưới rồi sao chép.', error: true },
    );
  };

  return (
    <div className="export-mail" data-testid="export-mail">
      <p>Gửi tệp này cho {facts.receiverName} qua thư điện tử:</p>
      <label className="field inline">
        <span className="field-label">Thư điện tử của {facts.receiverName}</span>
        <input
          type="email"
          name="receiver-email"
          value={typed ?? saved ?? ''}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="email"
        />
      </label>{' '}
      <button type="button" onClick={() => void compose()}>
        Soạn thư gửi {facts.receiverName}
      </button>{' '}
      <button type="button" onClick={() => void copy()}>
        Sao chép nội dung thư
      </button>
      {note && (
        <p
          className={note.error ? 'form-error' : undefined}
          role={note.error ? 'alert' : 'status'}
          data-testid="export-mail-note"
        >
          {note.text}
        </p>
      )}
      <details>
        <summary>Xem nội dung thư</summary>
        <pre className="mail-text" data-testid="export-mail-text">
          {mail.clipboard}
        </pre>
      </details>
    </div>
  );
}
