import { useEffect, useMemo, useRef } from 'react';
import { fieldLabel } from '@shared/entry/field-labels';
import { type Difference, wordDiff } from '@shared/exchange';
import { formatViNumber } from '@shared/text/numbers';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';

/**
 * "Xem toàn văn": both whole texts of a changed long cell, the words that differ marked on each side (struck out
 * in the original, underlined in the file), so the verifier sees every change, not only the first.
 */
export function FullTextDialog({ diff, onClose }: { diff: Difference; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const parts = useMemo(() => wordDiff(diff.manifestValue, diff.sheetValue), [diff]);
  const changes = parts.filter((p, i) => p.kind !== 'same' && parts[i - 1]?.kind !== 'removed').length;
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const t = useT();
  const where = withNodes(
    t(diff.code ? 'board.full.whereCode' : 'board.full.where', {
      row: diff.row,
      column: diff.column,
      code: diff.code ?? '',
    }),
    { field: <Vi>{fieldLabel(diff.field)}</Vi> },
  );
  return (
    <dialog
      ref={ref}
      className="full-text-dialog"
      onClose={onClose}
      aria-labelledby="full-text-title"
      data-testid="full-text"
    >
      <h3 id="full-text-title">
        {t('board.full.title')} — {where}
      </h3>
      <p className="muted">
        {t('board.full.changes', { n: formatViNumber(changes) })}
        {diff.at === undefined ? '' : t('board.full.firstAt', { at: formatViNumber(diff.at) })}.{' '}
        {t('board.full.legend')}
      </p>
      <div className="full-text-sides">
        <section>
          <h4>{t('board.full.before', { n: formatViNumber(diff.manifestValue.length) })}</h4>
          <p lang="vi" className="full-text" data-testid="full-text-before">
            {parts.map((p, i) =>
              p.kind === 'same' ? p.text : p.kind === 'removed' ? <del key={i}>{p.text}</del> : null,
            )}
          </p>
        </section>
        <section>
          <h4>{t('board.full.after', { n: formatViNumber(diff.sheetValue.length) })}</h4>
          <p lang="vi" className="full-text" data-testid="full-text-after">
            {parts.map((p, i) =>
              p.kind === 'same' ? p.text : p.kind === 'added' ? <ins key={i}>{p.text}</ins> : null,
            )}
          </p>
        </section>
      </div>
      <button type="button" onClick={() => ref.current?.close()}>
        {t('board.full.close')}
      </button>
    </dialog>
  );
}
