import { storageErrorMessage } from '@shared/storage/full';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Period } from '@shared/entry/types';
import type { VerifierReport } from '@shared/verify';
import {
  handoffClipboard,
  LEVEL_WORDS,
  sendChecklist,
  type ChecklistItem,
  type HandoffMailInput,
  type VerifierLevel,
} from '@shared/verify/handoff';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { platform } from '../../platform';
import { useAppStore } from '../../store';
import { copyText } from '../../platform/copy-text';
import { gatherConsolidated, loadOwnForm } from './gather';
import { checkEmail, handoffMailto } from '../../exchange/mailto';
import { ConsolidatedPrintButton } from './consolidated-print';

/** A fresh export id and time (outside the component: not part of rendering). */
function stamp(): { exportId: string; exportedAt: number } {
  return { exportId: crypto.randomUUID(), exportedAt: Date.now() };
}

type SendState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }
  | { kind: 'sent'; fileName: string; path: string | null; mailto: string; to: string; clipboard: string };

/**
 * "Gửi kết quả": the checklist first (verified / received not verified / not received / own form, each with a
 * link to fix it), a confirmation when the report is partial, then the consolidated workbook is saved and the
 * mail program is asked to open; the app cannot know whether it did, so it says what to do if it did not and
 * offers "Sao chép nội dung thư".
 */
export function SendCard({ period, report }: { period: Period; report: VerifierReport }) {
  const email = useLiveQuery(async () => (await getMeta(db, 'provinceEmail')) ?? '', []);
  const role = useLiveQuery(() => getMeta(db, 'role'), []);
  const level: VerifierLevel = role?.kind === 'province' ? 'province' : 'district';
  const own = useLiveQuery(() => loadOwnForm(db, period), [period.year, period.kind]);
  const navigate = useAppStore((s) => s.navigate);
  const openAssessment = useAppStore((s) => s.openAssessment);
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  const [confirmed, setConfirmed] = useState(false);
  const checked = email === undefined ? undefined : checkEmail(email);
  const list = sendChecklist(report, level, level === 'district' ? (own ?? null) : null);
  const words = LEVEL_WORDS[level];
  const canSend = checked?.ok === true && state.kind !== 'working' && (!list.partial || confirmed);

  const fix = (item: ChecklistItem) => {
    if (item.fix?.kind === 'own-form') {
      if (own) openAssessment(own.assessmentId);
      navigate('assess');
    } else if (item.fix) navigate('verify');
  };

  const send = async (to: string) => {
    setState({ kind: 'working' });
    try {
      const g = await gatherConsolidated(db, period, {
        ...stamp(),
        appVersion: __APP_VERSION__,
        partialNote: list.partialNote,
      });
      if (!g.ok) return setState({ kind: 'failed', message: g.error });
      const { exportConsolidated } = await import('@shared/verify/consolidated');
      const out = await exportConsolidated(g.input);
      const saved = await platform.saveFile(out.fileName, out.bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
      if (!saved.saved) return setState({ kind: 'cancelled' });
      const mail: HandoffMailInput = {
        level,
        unitName: g.input.district.name,
        period,
        fileName: out.fileName,
        report: out.report,
        partialNote: list.partialNote,
        withOwnForm: g.input.districtAssessment !== undefined,
        contact: own?.contact ?? null,
      };
      const { url } = handoffMailto(to, mail);
      // Whether a mail program opens is out of the app's sight: the result says what to do if none did.
      await platform.openExternal(url).catch(() => undefined);
      if (saved.path) await platform.revealFile(saved.path).catch(() => undefined);
      setState({
        kind: 'sent',
        fileName: out.fileName,
        path: saved.path,
        mailto: url,
        to,
        clipboard: handoffClipboard(mail),
      });
    } catch (e) {
      setState({
        kind: 'failed',
        message: `Không tạo được tệp tổng hợp: ${storageErrorMessage(e)}`,
      });
    }
  };

  return (
    <section className="card send-card no-print" aria-labelledby="send-title" data-testid="send-card">
      <h2 id="send-title">Gửi kết quả về {level === 'province' ? 'Ủy ban nhân dân tỉnh' : 'tỉnh'}</h2>
      <p data-testid="district-sentence">{report.sentence}</p>
      <h3>Kiểm tra trước khi gửi</h3>
      <ul className="send-checklist" data-testid="send-checklist">
        {list.items.map((item) => (
          <li key={item.key} data-testid={`check-${item.key}`} data-ok={item.ok}>
            <span aria-hidden="true">{item.ok ? '✓' : '!'}</span> {item.text}{' '}
            {item.fix && (
              <button type="button" className="link-button" onClick={() => fix(item)}>
                {item.fix.kind === 'own-form' ? `Mở biểu mẫu của ${words.word}` : 'Mở trang Thẩm tra'}
              </button>
            )}
          </li>
        ))}
      </ul>
      {list.partial && (
        <label className="send-confirm">
          <input
            type="checkbox"
            name="confirm-partial"
            checked={confirmed}
            onChange={(e) => setConfirmed(e.target.checked)}
          />{' '}
          {list.confirmText}
        </label>
      )}
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
          đó DTI Desk yêu cầu mở chương trình thư với tiêu đề và nội dung soạn sẵn; đính kèm tệp rồi bấm Gửi.
        </p>
      )}
      <button
        type="button"
        className="primary"
        disabled={!canSend}
        onClick={() => checked?.ok && void send(checked.email)}
      >
        {state.kind === 'working' ? 'Đang tạo tệp tổng hợp…' : 'Gửi kết quả về tỉnh'}
      </button>{' '}
      <ConsolidatedPrintButton period={period} partialNote={list.partialNote} />
      <SendResult state={state} />
    </section>
  );
}

function SendResult({ state }: { state: SendState }) {
  const [copied, setCopied] = useState<string | null>(null);
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
  const copy = async () => {
    const ok = await copyText(state.clipboard);
    setCopied(
      ok
        ? 'Đã sao chép tiêu đề và nội dung thư: dán vào thư mới.'
        : 'Không sao chép được; hãy chọn nội dung thư bên dưới rồi sao chép.',
    );
  };
  return (
    <div className="form-ok" data-testid="send-result" role="status">
      <p>{where}</p>
      <p>
        DTI Desk đã yêu cầu mở chương trình thư với thư soạn sẵn gửi {state.to}. Nếu chương trình thư không tự mở, hãy
        bấm “Sao chép nội dung thư”, dán vào một thư mới gửi {state.to} và đính kèm tệp {state.fileName}.
      </p>
      <p>
        <button type="button" onClick={() => void copy()}>
          Sao chép nội dung thư
        </button>{' '}
        <a href={state.mailto} data-testid="mailto-link">
          Mở lại thư
        </a>
        {state.path && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => void platform.revealFile(state.path ?? '')}>
              Mở thư mục
            </button>
          </>
        )}
      </p>
      {copied && <p data-testid="copy-message">{copied}</p>}
      <details>
        <summary>Xem nội dung thư</summary>
        <pre className="mail-text" data-testid="mail-text">
          {state.clipboard}
        </pre>
      </details>
    </div>
  );
}
