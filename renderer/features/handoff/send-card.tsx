import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Period } from '@shared/entry/types';
import { exportConsolidated } from '@shared/verify';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { platform } from '../../platform';
import { useAppStore } from '../../store';
import { gatherConsolidated } from './gather';
import { checkEmail, handoffMailto } from './mailto';

type SendState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }
  | { kind: 'sent'; fileName: string; path: string | null; mailto: string; mailOpened: boolean };

/** "Gửi kết quả về tỉnh": builds the consolidated workbook, saves it, opens the mail client, shows the file. */
export function SendCard({ period, sentence }: { period: Period; sentence: string }) {
  const email = useLiveQuery(async () => (await getMeta(db, 'provinceEmail')) ?? '', []);
  const navigate = useAppStore((s) => s.navigate);
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  const checked = email === undefined ? undefined : checkEmail(email);

  const send = async (to: string) => {
    setState({ kind: 'working' });
    try {
      const g = await gatherConsolidated(db, period, {
        exportId: crypto.randomUUID(),
        exportedAt: Date.now(),
        appVersion: __APP_VERSION__,
      });
      if (!g.ok) return setState({ kind: 'failed', message: g.error });
      const out = exportConsolidated(g.input);
      const saved = await platform.saveFile(out.fileName, out.bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
      if (!saved.saved) return setState({ kind: 'cancelled' });
      const { url } = handoffMailto(to, {
        districtName: g.input.district.name,
        period,
        fileName: out.fileName,
        communes: out.rows.length,
        sentence: out.sentence,
      });
      let mailOpened = true;
      try {
        await platform.openExternal(url);
      } catch {
        mailOpened = false;
      }
      if (saved.path) await platform.revealFile(saved.path).catch(() => undefined);
      setState({ kind: 'sent', fileName: out.fileName, path: saved.path, mailto: url, mailOpened });
    } catch (e) {
      setState({
        kind: 'failed',
        message: `Không tạo được tệp tổng hợp: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  };

  return (
    <section className="card send-card no-print" aria-labelledby="send-title" data-testid="send-card">
      <h2 id="send-title">Gửi kết quả về tỉnh</h2>
      <p data-testid="district-sentence">{sentence}</p>
      {checked && !checked.ok && (
        <p className="form-error" role="alert">
          Chưa có địa chỉ thư điện tử của tỉnh.{' '}
          <button type="button" className="link-button" onClick={() => navigate('settings')}>
            Nhập ở Cài đặt
          </button>
        </p>
      )}
      {checked?.ok && (
        <p className="muted">
          Gửi tới: <strong data-testid="province-email">{checked.email}</strong>. Tệp Excel tổng hợp được lưu trước, sau
          đó chương trình thư mở sẵn tiêu đề và nội dung; đính kèm tệp rồi bấm Gửi.
        </p>
      )}
      <button
        type="button"
        className="primary"
        disabled={!checked?.ok || state.kind === 'working'}
        onClick={() => checked?.ok && void send(checked.email)}
      >
        {state.kind === 'working' ? 'Đang tạo tệp tổng hợp…' : 'Gửi kết quả về tỉnh'}
      </button>
      <SendResult state={state} />
    </section>
  );
}

function SendResult({ state }: { state: SendState }) {
  if (state.kind === 'cancelled') return <p className="muted">Đã huỷ: chưa lưu tệp nào.</p>;
  if (state.kind === 'failed')
    return (
      <p className="form-error" role="alert">
        {state.message}
      </p>
    );
  if (state.kind !== 'sent') return null;
  const where = state.path
    ? `Đã lưu tệp ${state.fileName} tại ${state.path} và mở thư mục chứa tệp.`
    : `Tệp ${state.fileName} đã được tải về thư mục Tải xuống (Downloads) của trình duyệt.`;
  return (
    <div className="form-ok" data-testid="send-result" role="status">
      <p>{where}</p>
      <p>
        {state.mailOpened
          ? 'Chương trình thư đã được mở với tiêu đề và nội dung soạn sẵn: hãy đính kèm tệp trên rồi gửi.'
          : 'Không mở được chương trình thư.'}{' '}
        <a href={state.mailto} data-testid="mailto-link">
          Mở lại thư
        </a>
      </p>
    </div>
  );
}
