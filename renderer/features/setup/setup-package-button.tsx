import { useState, type ReactNode } from 'react';
import { FileMessage, SharedMessage } from '../../components/shared-message';
import { withNodes } from '../../components/with-nodes';
import type { SetupPackage } from '@shared/exchange/setup-package';
import { useT } from '../../i18n';
import { platform } from '../../platform';

/** "Mở gói thiết lập…": reads the verifier's package (through the guarded door) and hands it to the setup page. */
export function SetupPackageButton({ onOpened }: { onOpened: (pkg: SetupPackage, fileName: string) => void }) {
  const t = useT();
  const [error, setError] = useState<ReactNode>(null);
  const open = async () => {
    const picked = await platform.openFiles({ multiple: false, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    const file = picked.files[0];
    if (!file) {
      const refused = picked.refused[0];
      if (refused) setError(<FileMessage file={refused.name} message={refused.reason} />);
      return;
    }
    // The reader (SheetJS behind the zip guard) loads only when a package is opened.
    const { readSetupPackage } = await import('@shared/exchange/setup-package');
    const r = readSetupPackage(file.bytes);
    if (!r.ok)
      return setError(
        withNodes(t('setup.package.refused', { file: file.name }), { reason: <SharedMessage message={r.error} /> }),
      );
    setError(null);
    onOpened(r.pkg, file.name);
  };
  return (
    <div className="setup-package">
      <p className="muted">{t('setup.package.intro')}</p>
      <button type="button" onClick={() => void open()}>
        {t('setup.package.open')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
