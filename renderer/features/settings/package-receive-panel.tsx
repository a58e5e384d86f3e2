import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { FileMessage, SharedMessage } from '../../components/shared-message';
import { Vi, withNodes } from '../../components/with-nodes';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { receivePackage } from '../../db/repositories/setup-package';
import { useT } from '../../i18n';
import { platform } from '../../platform';

/**
 * On a commune machine already set up: "Mở gói thiết lập mới…" takes the receiving unit's package again (through
 * the same guarded door as at first run) and puts its commune framework in force for new assessments. A package
 * of another receiving unit, or a damaged one, is refused in Vietnamese and changes nothing.
 */
export function PackageReceivePanel() {
  const commune = useLiveQuery(async () => (await getMeta(db, 'role'))?.kind === 'commune', []);
  const t = useT();
  const [message, setMessage] = useState<{ ok: boolean; text: ReactNode } | null>(null);
  if (!commune) return null;
  const open = async () => {
    const picked = await platform.openFiles({ multiple: false, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    const file = picked.files[0];
    if (!file) {
      const refused = picked.refused[0];
      if (refused) setMessage({ ok: false, text: <FileMessage file={refused.name} message={refused.reason} /> });
      return;
    }
    // The reader (SheetJS behind the zip guard) loads only when a package is opened.
    const { readSetupPackage } = await import('@shared/exchange/setup-package');
    const read = readSetupPackage(file.bytes);
    if (!read.ok)
      return setMessage({
        ok: false,
        text: withNodes(t('settings.receive.unchangedSuffix', { file: file.name }), {
          error: <SharedMessage message={read.error} />,
        }),
      });
    const r = await receivePackage(db, read.pkg);
    if (!r.ok) return setMessage({ ok: false, text: <FileMessage file={file.name} message={r.message} /> });
    const { title, version, kind } = r.received;
    setMessage({
      ok: true,
      text: withNodes(t(kind === 'added' ? 'settings.receive.added' : 'settings.receive.had', { version }), {
        title: <Vi>{title}</Vi>,
      }),
    });
  };
  return (
    <section className="settings card" aria-labelledby="package-receive-title">
      <h2 id="package-receive-title">{t('settings.receive.title')}</h2>
      <p className="muted">{t('settings.receive.intro')}</p>
      <button type="button" onClick={() => void open()}>
        {t('settings.receive.open')}
      </button>
      {message && (
        <p className={message.ok ? 'form-ok' : 'field-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
