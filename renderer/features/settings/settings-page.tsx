import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { platform } from '../../platform';
import { FrameworksPanel } from '../frameworks';
import { BackupPanel } from './backup-panel';
import { DocumentsPanel } from './documents-panel';
import { ProvinceEmailField } from './province-email';
import { PackageReceivePanel } from './package-receive-panel';
import { SetupPackagePanel } from './setup-package-panel';
import { UnitPanel } from './unit-panel';

/** Cài đặt: what the app is and where it runs. The machine's units, backups, the documents' words, the province e-mail, the frameworks. */
export function SettingsPage() {
  const t = useT();
  const [version, setVersion] = useState<string>('');
  const [persisted, setPersisted] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    void platform.appInfo().then((info) => live && setVersion(info.version));
    void navigator.storage?.persisted?.().then((p) => live && setPersisted(p));
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      <UnitPanel />
      <SetupPackagePanel />
      <PackageReceivePanel />
      <BackupPanel />
      <DocumentsPanel />
      <ProvinceEmailField />
      <FrameworksPanel />
      <section className="settings card">
        <h2>{t('settings.about')}</h2>
        <dl>
          <dt>{t('settings.version')}</dt>
          <dd data-testid="app-version">{version}</dd>
          <dt>{t('settings.host')}</dt>
          <dd>{t(platform.kind === 'desktop' ? 'settings.host.desktop' : 'settings.host.browser')}</dd>
          <dt>{t('settings.storage')}</dt>
          <dd>
            {persisted === null ? '…' : t(persisted ? 'settings.storage.persisted' : 'settings.storage.notPersisted')}
          </dd>
        </dl>
      </section>
    </>
  );
}
