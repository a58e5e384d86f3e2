import { storageErrorMessage } from '@shared/storage/full';
import { MAX_IMPORT_BATCH } from '@shared/exchange';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';
import { platform } from '../../platform';
import { isCommittable } from '../../exchange/import-pipeline';
import { ImportResults } from './import-results';
import { PlanTable } from './plan-table';
import { addableUnits, type useImportFlow } from './use-import';

type Flow = ReturnType<typeof useImportFlow>;

/** "Nhập tệp của xã…": the picker, the progress across files, the dry-run table, confirm/cancel and the results. */
export function ImportPanel({ flow }: { flow: Flow }) {
  const { state, prepare, receive, setChoice, confirm, cancel, addFromFiles, acceptParent } = flow;
  const busy = state.kind === 'checking' || state.kind === 'committing';
  const t = useT();

  const pick = async () => {
    prepare(); // the file readers start while the dialog is open
    try {
      const r = await platform.openFileBatch({
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
      <h2 id="import-title">{t('board.import.title')}</h2>
      <p className="muted">{t('board.import.intro')}</p>
      <button type="button" className="primary" disabled={busy} onClick={() => void pick()}>
        {t('board.import.pick')}
      </button>
      {state.kind === 'checking' && (
        <div className="import-progress" data-testid="import-progress">
          <progress max={Math.max(1, state.total)} value={state.done} />
          <span>{t('board.import.checking', { n: Math.min(state.done + 1, state.total), total: state.total })}</span>
        </div>
      )}
      {(state.kind === 'review' || state.kind === 'committing') && (
        <>
          {addable.length > 0 && (
            <div className="add-units" role="alert" data-testid="add-units">
              <p>
                {t('board.import.addQ', { n: addable.length })}{' '}
                <span className="muted">
                  (
                  {addable.map((u, i) => (
                    <span key={u.code}>
                      {i > 0 && '; '}
                      {withNodes(t('board.import.addItem', { code: u.code }), { name: <Vi>{u.name}</Vi> })}
                    </span>
                  ))}
                  )
                </span>
              </p>
              <button type="button" className="primary" disabled={busy} onClick={() => void addFromFiles()}>
                {t('board.import.add', { n: addable.length })}
              </button>
            </div>
          )}
          <PlanTable
            plans={state.plans}
            choices={state.choices}
            onChoice={state.kind === 'review' ? setChoice : undefined}
            onAcceptParent={state.kind === 'review' ? (code) => void acceptParent(code) : undefined}
          />
          {state.kind === 'committing' && state.total > 0 && (
            <div className="import-progress" data-testid="commit-progress">
              <progress max={state.total} value={state.done} />
              <span>
                {t('board.import.committingN', { n: Math.min(state.done + 1, state.total), total: state.total })}
              </span>
            </div>
          )}
          <div className="import-actions">
            <button
              type="button"
              className="primary"
              disabled={busy || committable === 0}
              onClick={() => void confirm()}
            >
              {state.kind === 'committing'
                ? t('board.import.committing')
                : t('board.import.commit', { n: committable })}
            </button>
            <button type="button" disabled={busy} onClick={cancel}>
              {t('verify.editor.cancel')}
            </button>
          </div>
        </>
      )}
      {state.kind === 'done' && <ImportResults results={state.results} />}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
