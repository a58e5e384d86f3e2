import './export-mail.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { communeMail, mailtoUrl, type CommuneMailInput } from '@shared/verify/handoff';
import { db } from '../../db/db';
import { getMeta, setMeta } from '../../db/repositories/meta';
import { platform } from '../../platform';
import { copyText } from '../../platform/copy-text';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';
import { Field } from '../../components/field';

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
  const t = useT();
  const saved = useLiveQuery(async () => (await getMeta(db, 'receiverEmail')) ?? '', []);
  const [typed, setTyped] = useState<string | null>(null);
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const address = (typed ?? saved ?? '').trim();
  const mail = communeMail(facts);
  // The receiving unit's name is Vietnamese in both languages, as the e-mail itself is.
  const receiver = { receiver: <Vi>{facts.receiverName}</Vi> };

  const compose = async () => {
    if (!EMAIL.test(address) || address.includes('..')) {
      setNote({ text: t('entry.mail.badAddress'), error: true });
      return;
    }
    await setMeta(db, 'receiverEmail', address);
    await platform.openExternal(mailtoUrl(address, mail.subject, mail.body)).catch(() => undefined);
    setNote({
      text: t('entry.mail.opened', { address, file: facts.fileName }),
    });
  };
  const copy = async () => {
    const ok = await copyText(mail.clipboard);
    setNote(ok ? { text: t('entry.mail.copied') } : { text: t('entry.mail.notCopied'), error: true });
  };

  return (
    <div className="export-mail" data-testid="export-mail">
      <p>{withNodes(t('entry.mail.intro'), receiver)}</p>
      <Field label={withNodes(t('entry.mail.address'), receiver)} className="inline">
        <input
          type="email"
          name="receiver-email"
          value={typed ?? saved ?? ''}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="email"
        />
      </Field>{' '}
      <button type="button" onClick={() => void compose()}>
        {withNodes(t('entry.mail.compose'), receiver)}
      </button>{' '}
      <button type="button" onClick={() => void copy()}>
        {t('entry.mail.copy')}
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
        <summary>{t('entry.mail.show')}</summary>
        <pre className="mail-text" data-testid="export-mail-text" lang="vi">
          {mail.clipboard}
        </pre>
      </details>
    </div>
  );
}
