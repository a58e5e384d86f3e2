import { useCallback, useEffect, useState } from 'react';
import { storageErrorMessage } from '@shared/storage/full';
import type { RestorePlan } from '../../db/backup';
import { backupNow, backupPlace, pickBackup, restorePlanned, type BackupPlace } from '../../exchange/backup';
import { platform } from '../../platform';
import { useAppStore } from '../../store';
import { ResultMessage } from '../../components/result-message';

const TABLE_LABELS: Record<string, string> = {
  meta: 'Cài đặt (vai trò máy, thư điện tử của tỉnh, tổ thẩm tra)',
  units: 'Đơn vị hành chính',
  frameworks: 'Bộ chỉ số',
  assessments: 'Bản đánh giá (kể cả tệp đã nhận)',
  entries: 'Số liệu chỉ số và kết quả thẩm tra (số chỉ số; bản sao lưu cũ)',
  entrySets: 'Số liệu chỉ số và kết quả thẩm tra (số bản đánh giá có số liệu)',
  history: 'Lịch sử thay đổi (số dòng; bản sao lưu cũ)',
  historyLogs: 'Lịch sử thay đổi (số chỉ số có thay đổi; bản sao lưu cũ)',
  historyBooks: 'Lịch sử thay đổi (số bản đánh giá có lịch sử)',
};

const dateTime = (at: number | string) =>
  new Date(at).toLocaleString('vi-VN', { dateStyle: 'short', timeStyle: 'short' });
const count = (n: number) => n.toLocaleString('vi-VN');
type Message = { ok: boolean; text: string } | null;

/** Cài đặt → Sao lưu và khôi phục: where backups are and the last one, back up now, restore after a dry run. */
export function BackupPanel() {
  const desktop = platform.kind === 'desktop';
  const [place, setPlace] = useState<BackupPlace | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const refresh = useCallback(() => {
    void backupPlace()
      .then(setPlace)
      .catch(() => setPlace({ folder: null, last: null, autoCount: 0 }));
  }, []);
  useEffect(refresh, [refresh]);

  const run = async (work: () => Promise<Message>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (e) {
      setMessage({ ok: false, text: storageErrorMessage(e) });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const save = () =>
    run(async () => {
      const r = await backupNow();
      return r.saved ? { ok: true, text: `Đã sao lưu: ${r.where}` } : null;
    });
  const pick = () =>
    run(async () => {
      setPlan(null);
      const r = await pickBackup();
      if (r.kind === 'plan') setPlan(r.plan);
      return r.kind === 'refused' ? { ok: false, text: r.message } : null;
    });
  const restore = (p: RestorePlan) =>
    run(async () => {
      await restorePlanned(p);
      setPlan(null);
      // A form left open may name an assessment the backup does not hold; stay on Cài đặt to read the outcome.
      useAppStore.setState({ openAssessmentId: null });
      return { ok: true, text: `Đã khôi phục dữ liệu từ bản sao lưu lúc ${dateTime(p.backup.header.createdAt)}.` };
    });

  return (
    <section className="settings card backup-panel" aria-labelledby="backup-title" data-testid="backup-panel">
      <h2 id="backup-title">Sao lưu và khôi phục</h2>
      <p>
        Tệp sao lưu (.dtidesk) chứa toàn bộ dữ liệu trên máy: đơn vị, bộ chỉ số, các bản đánh giá và tệp đã nhận, số
        liệu, kết quả thẩm tra, lịch sử và cài đặt.
        {desktop
          ? ' Ứng dụng tự sao lưu mỗi ngày khi mở, trước mỗi lần nhập tệp và trước khi nâng cấp dữ liệu (giữ 10 bản hằng ngày và 10 bản theo sự kiện).'
          : ' Trên trình duyệt không có sao lưu tự động: hãy tải tệp sao lưu thường xuyên và cất ở nơi an toàn.'}
      </p>
      <dl>
        <dt>Lần sao lưu gần nhất</dt>
        <dd data-testid="backup-last">
          {place === null ? '…' : place.last ? `${dateTime(place.last.at)} — ${place.last.path}` : 'Chưa có'}
        </dd>
        {place?.folder && (
          <>
            <dt>Thư mục sao lưu tự động</dt>
            <dd data-testid="backup-folder">
              {place.folder} ({count(place.autoCount)} bản)
            </dd>
          </>
        )}
      </dl>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          {desktop ? 'Sao lưu ngay' : 'Tải tệp sao lưu'}
        </button>
        <button type="button" disabled={busy} onClick={() => void pick()}>
          Khôi phục từ tệp sao lưu…
        </button>
      </div>
      <p className="hint">
        Chuyển sang máy tính mới: trên máy cũ bấm “{desktop ? 'Sao lưu ngay' : 'Tải tệp sao lưu'}”, chép tệp .dtidesk
        sang máy mới (USB, thư điện tử), cài DTI Desk rồi bấm “Khôi phục từ tệp sao lưu…”. Khôi phục thay toàn bộ dữ
        liệu trên máy bằng dữ liệu trong tệp.
      </p>
      {busy && <p role="status">Đang xử lý…</p>}
      <ResultMessage message={message} testId="backup-message" />
      {plan && (
        <RestoreDryRun plan={plan} busy={busy} onRestore={() => void restore(plan)} onCancel={() => setPlan(null)} />
      )}
    </section>
  );
}

function RestoreDryRun(props: { plan: RestorePlan; busy: boolean; onRestore(): void; onCancel(): void }) {
  const h = props.plan.backup.header;
  return (
    <div className="restore-plan" data-testid="restore-plan">
      <h3>Tệp sao lưu này chứa</h3>
      <p>
        Tạo lúc {dateTime(h.createdAt)} bằng DTI Desk {h.appVersion}
        {h.unit ? ` — ${h.unit.name} (mã ${h.unit.code})` : ''}
        {h.periods.length ? `; kỳ đánh giá: ${h.periods.join(', ')}` : ''}.
      </p>
      <table>
        <thead>
          <tr>
            <th>Dữ liệu</th>
            <th>Trong tệp</th>
            <th>Đang có trên máy</th>
          </tr>
        </thead>
        <tbody>
          {props.plan.rows.map((r) => (
            <tr key={r.table}>
              <td>{TABLE_LABELS[r.table] ?? r.table}</td>
              <td className="num">{count(r.inBackup)}</td>
              <td className="num">{count(r.now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Khôi phục sẽ thay toàn bộ dữ liệu đang có trên máy bằng dữ liệu trong tệp; nếu có lỗi, dữ liệu trên máy giữ
        nguyên.
      </p>
      <div className="actions">
        <button type="button" className="primary" disabled={props.busy} onClick={props.onRestore}>
          Khôi phục (thay toàn bộ dữ liệu)
        </button>
        <button type="button" disabled={props.busy} onClick={props.onCancel}>
          Hủy
        </button>
      </div>
    </div>
  );
}
