import { useState } from 'react';
import type { SetupPackage } from '@shared/exchange/setup-package';
import { platform } from '../../platform';

/** "Mở gói thiết lập…": reads the verifier's package (through the guarded door) and hands it to the setup page. */
export function SetupPackageButton({ onOpened }: { onOpened: (pkg: SetupPackage, fileName: string) => void }) {
  const [error, setError] = useState('');
  const open = async () => {
    const picked = await platform.openFiles({ multiple: false, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    const file = picked.files[0];
    if (!file) {
      if (picked.refused[0]) setError(`${picked.refused[0].name}: ${picked.refused[0].reason}`);
      return;
    }
    // The reader (SheetJS behind the zip guard) loads only when a package is opened.
    const { readSetupPackage } = await import('@shared/exchange/setup-package');
    const r = readSetupPackage(file.bytes);
    if (!r.ok) return setError(`${file.name}: ${r.error} Không có gì thay đổi.`);
    setError('');
    onOpened(r.pkg, file.name);
  };
  return (
    <div className="setup-package">
      <p className="muted">
        Xã nhận được “Gói thiết lập cho xã” từ tỉnh (hoặc huyện)? Mở gói để máy này khớp với đơn vị nhận: không cần nhập
        mã nào.
      </p>
      <button type="button" onClick={() => void open()}>
        Mở gói thiết lập cho xã…
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
