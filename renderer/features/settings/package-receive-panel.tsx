import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ResultMessage } from '../../components/result-message';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { receivePackage } from '../../db/repositories/setup-package';
import { platform } from '../../platform';

/**
 * On a commune machine already set up: "Mở gói thiết lập mới…" takes the receiving unit's package again (through
 * the same guarded door as at first run) and puts its commune framework in force for new assessments. A package
 * of another receiving unit, or a damaged one, is refused in Vietnamese and changes nothing.
 */
export function PackageReceivePanel() {
  const commune = useLiveQuery(async () => (await getMeta(db, 'role'))?.kind === 'commune', []);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!commune) return null;
  const open = async () => {
    const picked = await platform.openFiles({ multiple: false, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    const file = picked.files[0];
    if (!file) {
      if (picked.refused[0]) setMessage({ ok: false, text: `${picked.refused[0].name}: ${picked.refused[0].reason}` });
      return;
    }
    // The reader (SheetJS behind the zip guard) loads only when a package is opened.
    const { readSetupPackage } = await import('@shared/exchange/setup-package');
    const read = readSetupPackage(file.bytes);
    if (!read.ok) return setMessage({ ok: false, text: `${file.name}: ${read.error} Không có gì thay đổi.` });
    const r = await receivePackage(db, read.pkg);
    if (!r.ok) return setMessage({ ok: false, text: `${file.name}: ${r.message}` });
    const { title, version, kind } = r.received;
    setMessage({
      ok: true,
      text:
        `${kind === 'added' ? 'Đã nhận' : 'Máy đã có'} bộ chỉ số ${title}, phiên bản ${version}: các bản đánh giá mở mới ` +
        'dùng bộ này; bản đánh giá đã bắt đầu giữ nguyên bộ chỉ số và số liệu của mình.',
    });
  };
  return (
    <section className="settings card" aria-labelledby="package-receive-title">
      <h2 id="package-receive-title">Gói thiết lập từ đơn vị nhận</h2>
      <p className="muted">
        Khi tỉnh (hoặc huyện) gửi gói thiết lập mới có phiên bản bộ chỉ số mới, mở gói ở đây: máy này dùng bộ chỉ số đó
        cho các bản đánh giá mở mới. Đơn vị của máy không thay đổi.
      </p>
      <button type="button" onClick={() => void open()}>
        Mở gói thiết lập mới…
      </button>
      <ResultMessage message={message} />
    </section>
  );
}
