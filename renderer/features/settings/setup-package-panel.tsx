import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { SharedMessage } from '../../components/shared-message';
import { Vi, withNodes } from '../../components/with-nodes';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { setupPackageOf } from '../../db/repositories/setup-package';
import { useT } from '../../i18n';
import { platform } from '../../platform';

/**
 * "Gói thiết lập cho xã" (verifier's machine only): a small file with this unit, its list and the commune framework
 * in force; a commune opens it at first run and is set up with no code typed. Sent again, it brings a new
 * framework version.
 */
export function SetupPackagePanel() {
  const verifier = useLiveQuery(async () => (await getMeta(db, 'role'))?.kind !== 'commune', []);
  const t = useT();
  const [message, setMessage] = useState<{ ok: boolean; text: ReactNode } | null>(null);
  if (!verifier) return null;
  const save = async () => {
    const r = await setupPackageOf(db);
    if (!r.ok) return setMessage({ ok: false, text: <SharedMessage message={r.message} /> });
    const { setupPackageFileName, writeSetupPackage } = await import('@shared/exchange/setup-package');
    const name = setupPackageFileName(r.pkg);
    const out = await platform.saveFile(name, writeSetupPackage(r.pkg), [{ name: 'Excel', extensions: ['xlsx'] }]);
    if (out.saved)
      setMessage({
        ok: true,
        text: withNodes(t('settings.package.saved', { file: out.fileName, version: r.pkg.framework.version }), {
          unit: <Vi>{r.pkg.receiving.name}</Vi>,
          framework: <Vi>{r.pkg.framework.title}</Vi>,
        }),
      });
  };
  return (
    <section className="settings card" aria-labelledby="setup-package-title">
      <h2 id="setup-package-title">{t('settings.package.title')}</h2>
      <p className="muted">{t('settings.package.intro')}</p>
      <button type="button" onClick={() => void save()}>
        {t('settings.package.export')}
      </button>
      {message && (
        <p className={message.ok ? 'form-ok' : 'field-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
