import { memo } from 'react';
import { NOTE_LABEL } from '@shared/entry/field-labels';
import { displayEvidence, displayValue } from '@shared/exchange/form-layout';
import type { Indicator } from '@shared/framework/types';
import { formatPoints } from '@shared/scoring/format';
import { currentVerdict, VERDICT_LABELS_VI } from '@shared/verify/types';
import type { EntryRow } from '../../db/types';

interface Props {
  ind: Indicator;
  entry: EntryRow | undefined;
  /** Points of the self value (null: nothing scored). */
  selfPoints: number | null;
  /** Points of the verified value where a verdict gives one (agree, adjust); null otherwise. */
  verifiedPoints: number | null;
  selected: boolean;
  onSelect: (code: string) => void;
}

/** "12/QĐ-UBND · 15/03/2025" — the evidence in a few words; the side panel shows all of it. */
function evidenceShort(entry: EntryRow | undefined): string {
  const e = entry?.evidence;
  if (!e) return '';
  return [e.docNumber, e.docDate].filter((s) => s.trim() !== '').join(' · ') || e.summary || e.link;
}

/** The verdict in a word or two: "Chưa thẩm tra", "Đồng ý", "Điều chỉnh: 3", "Cần kết luận lại". */
function verdictText(ind: Indicator, entry: EntryRow | undefined): string {
  const layer = entry?.verified;
  if (!layer) return 'Chưa thẩm tra';
  if (layer.stale) return 'Cần kết luận lại';
  if (layer.verdict === 'adjust') return `Điều chỉnh: ${displayValue(ind, layer.raw)}`;
  return VERDICT_LABELS_VI[layer.verdict];
}

/**
 * One indicator on one line of the verification list: code, name, the commune's value and points, its evidence in
 * short, the verdict, the verified points and the remark. Everything else is in the side panel.
 */
export const VerifyLine = memo(VerifyLineView, (a, b) => {
  return (
    a.ind === b.ind &&
    a.selected === b.selected &&
    a.onSelect === b.onSelect &&
    a.selfPoints === b.selfPoints &&
    a.verifiedPoints === b.verifiedPoints &&
    // Entries are re-read on every save: compare what the line shows.
    a.entry?.updatedAt === b.entry?.updatedAt &&
    a.entry?.verified?.at === b.entry?.verified?.at &&
    a.entry?.verified?.verdict === b.entry?.verified?.verdict &&
    a.entry?.verified?.stale?.at === b.entry?.verified?.stale?.at
  );
});

function VerifyLineView({ ind, entry, selfPoints, verifiedPoints, selected, onSelect }: Props) {
  const layer = entry?.verified;
  const state = layer?.stale ? 'stale' : (currentVerdict(layer) ?? 'none');
  const selfText = entry ? displayValue(ind, entry.raw) : '';
  const evidence = evidenceShort(entry);
  const fullEvidence = entry ? displayEvidence(entry.evidence) : '';
  const verdict = verdictText(ind, entry);
  return (
    <div
      role="option"
      id={`ind-${ind.code}`}
      className="verdict-row vline"
      data-code={ind.code}
      data-verdict={state}
      aria-selected={selected}
      onMouseDown={(e) => {
        // Keep the focus on the list (the line is not focusable itself) and select the line.
        e.preventDefault();
        onSelect(ind.code);
      }}
    >
      <span className="c-code">{ind.code}</span>
      <span className="c-name" title={ind.name}>
        {ind.name}
      </span>
      <span className="c-self" title={selfText} data-testid={`self-value-${ind.code}`}>
        {selfText || '—'}
      </span>
      <span className="c-pts" data-testid={`self-result-${ind.code}`}>
        {selfPoints === null ? '—' : formatPoints(selfPoints)}
      </span>
      <span className="c-ev" title={fullEvidence}>
        {evidence || <span className="muted">không có</span>}
        {entry?.note && (
          <span className="mark" title={`${NOTE_LABEL}: ${entry.note}`}>
            {' '}
            · GT
          </span>
        )}
      </span>
      <span className="c-verdict" data-testid={`verdict-state-${ind.code}`} title={verdict}>
        {verdict}
      </span>
      <span className="c-pts" data-testid={`verified-result-${ind.code}`}>
        {verifiedPoints === null ? '' : formatPoints(verifiedPoints)}
      </span>
      <span className="c-remark" title={layer?.remark ?? ''}>
        {layer?.remark ?? ''}
      </span>
      {layer?.stale && (
        <span className="c-stale" role="note" data-testid={`stale-${ind.code}`}>
          Xã đã sửa sau lần thẩm tra (lần xuất {layer.basis.revision} → {layer.stale.revision}):{' '}
          {layer.stale.changes.map((c) => `${c.label}: "${c.old}" → "${c.new}"`).join('; ')}. Kết luận trước:{' '}
          {VERDICT_LABELS_VI[layer.verdict]}
          {layer.remark ? ` — ${layer.remark.replace(/[.。]+$/, '')}` : ''}.
        </span>
      )}
    </div>
  );
}
