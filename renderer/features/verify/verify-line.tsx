import { memo } from 'react';
import { NOTE_LABEL } from '@shared/entry/field-labels';
import { displayEvidence, displayValue } from '@shared/exchange/form-layout';
import type { Indicator } from '@shared/framework/types';
import { formatPoints } from '@shared/scoring/format';
import { currentVerdict } from '@shared/verify/types';
import type { EntryRow } from '../../db/types';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';

interface Props {
  ind: Indicator;
  entry: EntryRow | undefined;
  /** Points of the self value (null: nothing scored). */
  selfPoints: number | null;
  /** Why the self value cannot be scored (a numerator above its denominator…); null when it can. */
  selfReview: string | null;
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
function verdictText(t: ReturnType<typeof useT>, ind: Indicator, entry: EntryRow | undefined): string {
  const layer = entry?.verified;
  if (!layer) return t('verify.verdict.none');
  if (layer.stale) return t('verify.verdict.stale');
  if (layer.verdict === 'adjust') return t('verify.verdict.adjustTo', { value: displayValue(ind, layer.raw) });
  return t(`verify.verdict.${layer.verdict}`);
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
    a.selfReview === b.selfReview &&
    a.verifiedPoints === b.verifiedPoints &&
    // Entries are re-read on every save: compare what the line shows.
    a.entry?.updatedAt === b.entry?.updatedAt &&
    a.entry?.verified?.at === b.entry?.verified?.at &&
    a.entry?.verified?.verdict === b.entry?.verified?.verdict &&
    a.entry?.verified?.stale?.at === b.entry?.verified?.stale?.at
  );
});

function VerifyLineView({ ind, entry, selfPoints, selfReview, verifiedPoints, selected, onSelect }: Props) {
  const t = useT();
  const lang = useAppStore((s) => s.language);
  const layer = entry?.verified;
  const state = layer?.stale ? 'stale' : (currentVerdict(layer) ?? 'none');
  const selfText = entry ? displayValue(ind, entry.raw) : '';
  const evidence = evidenceShort(entry);
  const fullEvidence = entry ? displayEvidence(entry.evidence) : '';
  const verdict = verdictText(t, ind, entry);
  // The reason is the commune's data, in Vietnamese in both languages.
  const review = selfReview === null ? '' : `${t('verify.line.review')}: ${selfReview}`;
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
      <span className="c-name" title={ind.name} lang="vi">
        {ind.name}
      </span>
      <span
        className={review ? 'c-self review' : 'c-self'}
        title={review ? `${selfText} — ${review}` : selfText}
        data-testid={`self-value-${ind.code}`}
        lang="vi"
      >
        {selfText || '—'}
      </span>
      <span className="c-pts" data-testid={`self-result-${ind.code}`}>
        {review ? (
          <abbr className="review" title={review}>
            {t('verify.line.reviewMark')}
          </abbr>
        ) : selfPoints === null ? (
          '—'
        ) : (
          formatPoints(selfPoints)
        )}
      </span>
      <span className="c-ev">
        {evidence ? (
          <span title={fullEvidence} lang="vi">
            {evidence}
          </span>
        ) : (
          <span className="muted">{t('verify.line.noEvidence')}</span>
        )}
        {entry?.note && (
          <span className="mark">
            {' '}
            ·{' '}
            <abbr
              // The note is Vietnamese data: quoted in the tooltip in Vietnamese; in English the panel shows it.
              title={lang === 'vi' ? `${NOTE_LABEL}: ${entry.note}` : t('verify.line.noteTitle')}
            >
              {t('verify.line.noteMark')}
            </abbr>
          </span>
        )}
      </span>
      <span className="c-verdict" data-testid={`verdict-state-${ind.code}`} title={verdict}>
        {verdict}
      </span>
      <span className="c-pts" data-testid={`verified-result-${ind.code}`}>
        {verifiedPoints === null ? '' : formatPoints(verifiedPoints)}
      </span>
      <span className="c-remark" title={layer?.remark ?? ''} lang="vi">
        {layer?.remark ?? ''}
      </span>
      {layer?.stale && (
        <span className="c-stale" role="note" data-testid={`stale-${ind.code}`}>
          {withNodes(
            t('verify.line.stale', {
              from: layer.basis.revision,
              to: layer.stale.revision,
              verdict: t(`verify.verdict.${layer.verdict}`),
            }),
            { changes: <Vi>{layer.stale.changes.map((c) => `${c.label}: "${c.old}" → "${c.new}"`).join('; ')}</Vi> },
          )}
          {layer.remark ? <Vi>{` — ${layer.remark.replace(/[.。]+$/, '')}`}</Vi> : ''}.
        </span>
      )}
    </div>
  );
}
