import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ResultMessage } from '../../components/result-message';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { setupPackageOf } from '../../db/repositories/setup-package';
import { platform } from '../../platform';

/**
 * "Gói thiết lập cho xã" (verifier's machine only): a small file with this unit, its list and the commune framework
 * in force; a commune opens it at first run and is set up with no code typed. Sent again, it brings a new
 * framework version.
 */
export function SetupPackagePanel() {
  const verifier = useLiveQuery(async () => (await getMeta(db, 'role'))?.kind !== 'commune', []);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!verifier) return null;
  const save = async () => {
    const r = await setupPackageOf(db);
    if (!r.ok) return setMessage({ ok: false, text: r.message });
    const { setupPackageFileName, writeSetupPackage } = await import('@shared/exchange/setup-package');
    const name = setupPackageFileName(r.pkg);
    const out = await platform.saveFile(name, writeSetupPackage(r.pkg), [{ name: 'Excel', extensions: ['xlsx'] }]);
    if (out.saved)
      setMessage({
        ok: true,
        text: `Đã lưu ${out.fileName}: ${r.pkg.receiving.name}, bộ chỉ số ${r.pkg.framework.title} phiên bản ${r.pkg.framework.version}. Gửi tệp này cho các xã.`,
      });
  };
  return (
    <section className="settings card" aria-labelledby="setup-package-title">
      <h2 id="setup-package-title">Gói thiết lập cho xã</h2>
      <p className="muted">
        Tệp nhỏ gửi các xã: đơn vị nhận, giai đoạn hành chính và bộ chỉ số cấp xã đang áp dụng. Xã mở gói ở lần chạy
        đầu, chọn tên mình trong danh sách, không phải nhập mã nào; gửi lại gói khi có phiên bản bộ chỉ số mới.
      </p>
      <button type="button" onClick={() => void save()}>
        Xuất gói thiết lập cho xã
      </button>
      <ResultMessage message={message} />
    </section>
  );
}
