import { storageErrorMessage } from '@shared/storage/full';
import { MAX_IMPORT_BATCH } from '@shared/exchange';
import { platform } from '../../platform';
import { isCommittable } from '../../exchange/import-pipeline';
import { PlanTable } from './plan-table';
import { addableUnits, type useImportFlow } from './use-import';

type Flow = ReturnType<typeof useImportFlow>;

/** "Nhập tệp của xã…": the picker, the progress across files, the dry-run table, confirm/cancel and the results. */
export function ImportPanel({ flow }: { flow: Flow }) {
  const { state, receive, setChoice, confirm, cancel, addFromFiles, acceptParent } = flow;
  const busy = state.kind === 'checking' || state.kind === 'committing';

  const pick = async () => {
    try {
      const r = await platform.openFiles({
        multiple: true,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
        maxFiles: MAX_IMPORT_BATCH,
      });
      await receive(r.files, r.refused, false, r.tooMany);
    } catch (e) {
      await receive([], [{ name: '—', reason: storageErrorMessage(e) }]);
    }
  };

  const committable = state.kind === 'review' ? state.plans.filter((p) => isCommittable(p.outcome)).length : 0;
  const addable = state.kind === 'review' ? addableUnits(state.plans) : [];
  return (
    <section className="card import-panel" aria-labelledby="import-title">
      <h2 id="import-title">Nhận tệp tự đánh giá của các xã</h2>
      <p className="muted">
        Chọn hoặc kéo thả các tệp Excel do xã xuất từ DTI Desk vào trang này. Các tệp được kiểm tra trước, chưa ghi gì
        cho đến khi bấm “Nhập các tệp hợp lệ”.
      </p>
      <button type="button" className="primary" disabled={busy} onClick={() => void pick()}>
        Nhập tệp của xã…
      </button>
      {state.kind === 'checking' && (
        <div className="import-progress" data-testid="import-progress">
          <progress max={Math.max(1, state.total)} value={state.done} />
          <span>
            Đang kiểm tra tệp {Math.min(state.done + 1, state.total)}/{state.total}…
          </span>
        </div>
      )}
      {(state.kind === 'review' || state.kind === 'committing') && (
        <>
          {addable.length > 0 && (
            <div className="add-units" role="alert" data-testid="add-units">
              <p>
                Thêm {addable.length} xã từ các tệp này vào danh sách?{' '}
                <span className="muted">({addable.map((u) => `${u.name} – mã ${u.code}`).join('; ')})</span>
              </p>
              <button type="button" className="primary" disabled={busy} onClick={() => void addFromFiles()}>
                Thêm {addable.length} xã
              </button>
            </div>
          )}
          <PlanTable
            plans={state.plans}
            choices={state.choices}
            onChoice={state.kind === 'review' ? setChoice : undefined}
            onAcceptParent={state.kind === 'review' ? (code) => void acceptParent(code) : undefined}
          />
          <div className="import-actions">
            <button
              type="button"
              className="primary"
              disabled={busy || committable === 0}
              onClick={() => void confirm()}
            >
              {state.kind === 'committing' ? 'Đang nhập…' : `Nhập các tệp hợp lệ (${committable})`}
            </button>
            <button type="button" disabled={busy} onClick={cancel}>
              Huỷ
            </button>
          </div>
        </>
      )}
      {state.kind === 'done' && (
        <ul className="import-results" data-testid="import-results">
          {state.results.map((r, i) => (
            <li key={i} className={r.kind === 'refused' ? 'form-error' : r.kind === 'imported' ? 'form-ok' : 'muted'}>
              {r.fileName}: {r.message}
            </li>
          ))}
        </ul>
      )}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
