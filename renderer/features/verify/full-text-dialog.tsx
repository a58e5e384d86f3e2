import { useEffect, useMemo, useRef } from 'react';
import { fieldLabel } from '@shared/entry/field-labels';
import { type Difference, wordDiff } from '@shared/exchange';
import { formatViNumber } from '@shared/text/numbers';

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
  const where = `Dòng ${diff.row}, cột ${diff.column}${diff.code ? `, chỉ số ${diff.code}` : ''} (${fieldLabel(diff.field)})`;
  return (
    <dialog
      ref={ref}
      className="full-text-dialog"
      onClose={onClose}
      aria-labelledby="full-text-title"
      data-testid="full-text"
    >
      <h3 id="full-text-title">Toàn văn — {where}</h3>
      <p className="muted">
        {formatViNumber(changes)} chỗ khác nhau
        {diff.at === undefined ? '' : `, chỗ đầu tiên từ ký tự thứ ${formatViNumber(diff.at)}`}. Phần bị bỏ khỏi dữ liệu
        gốc được gạch ngang, phần có trong tệp được gạch dưới.
      </p>
      <div className="full-text-sides">
        <section>
          <h4>Dữ liệu gốc (manifest) — {formatViNumber(diff.manifestValue.length)} ký tự</h4>
          <p className="full-text" data-testid="full-text-before">
            {parts.map((p, i) =>
              p.kind === 'same' ? p.text : p.kind === 'removed' ? <del key={i}>{p.text}</del> : null,
            )}
          </p>
        </section>
        <section>
          <h4>Trong tệp (trang tính) — {formatViNumber(diff.sheetValue.length)} ký tự</h4>
          <p className="full-text" data-testid="full-text-after">
            {parts.map((p, i) =>
              p.kind === 'same' ? p.text : p.kind === 'added' ? <ins key={i}>{p.text}</ins> : null,
            )}
          </p>
        </section>
      </div>
      <button type="button" onClick={() => ref.current?.close()}>
        Đóng
      </button>
    </dialog>
  );
}
