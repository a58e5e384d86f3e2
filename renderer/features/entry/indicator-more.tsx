import { formatViDate, parseViDate } from '@shared/entry/dates';
import { EVIDENCE_LABELS } from '@shared/entry/field-labels';
import type { Evidence } from '@shared/entry/types';
import { methodText } from '@shared/framework/method-text';
import type { Indicator } from '@shared/framework/types';
import { useFieldName } from '../../components/field-name';
import { TextLimit, type useLengthGuard } from '../../components/text-limit';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT, type MessageKey } from '../../i18n';
import { SharedMessage } from '../../components/shared-message';
import { Field } from '../../components/field';

/** Examples that read as examples, not as values already filled in. */
const EVIDENCE_HINTS: Record<keyof Evidence, MessageKey> = {
  docNumber: 'entry.hint.docNumber',
  docDate: 'entry.hint.docDate',
  summary: 'entry.hint.summary',
  link: 'entry.hint.link',
};

/** Evidence fields typed in Vietnamese (marked lang="vi", as their examples are). */
const TYPED_VI: ReadonlySet<keyof Evidence> = new Set(['docNumber', 'summary']);

/** A date typed "5/3/2025" or "05-03-2025" is rewritten "05/03/2025" when the officer leaves it; others stay. */
function tidyDate(typed: string, onEvidence: (field: 'docDate', value: string) => void): void {
  const r = parseViDate(typed);
  if (r.ok && formatViDate(r.iso) !== typed) onEvidence('docDate', formatViDate(r.iso));
}

/**
 * The folded part of an indicator row, opened when used: the evidence document, the giải trình, how the points are
 * given (the framework's method, Vietnamese), the expected evidence and the history link.
 */
export function IndicatorMore(props: {
  id: string;
  ind: Indicator;
  evidence: Evidence;
  note: string;
  /** What is wrong with the evidence date (shared/entry/dates.ts), or null. */
  dateError: string | null;
  /** The score's explanation (shared/scoring, Vietnamese; shown in the UI language). */
  explanation: string;
  where: (key: string) => string;
  guard: ReturnType<typeof useLengthGuard>;
  onEvidence: (field: keyof Evidence, value: string) => void;
  onNote: (value: string) => void;
  onHistory: (code: string) => void;
}) {
  const { ind, evidence, note, dateError, where, guard } = props;
  const t = useT();
  const fieldName = useFieldName();
  return (
    <div className="ind-more ind-wide" id={props.id}>
      <fieldset className="evidence">
        <legend>{fieldName('evidenceDisplay')}</legend>
        {(Object.keys(EVIDENCE_LABELS) as (keyof Evidence)[]).map((f) => {
          const err = f === 'docDate' ? dateError : null;
          return (
            <label key={f} className={err ? `field ev-${f} has-error` : `field ev-${f}`}>
              <span className="field-label">{fieldName(`evidence.${f}`)}</span>
              <input
                data-nav=""
                type="text"
                name={`${ind.code}-${f}`}
                lang={TYPED_VI.has(f) ? 'vi' : undefined}
                placeholder={t(EVIDENCE_HINTS[f])}
                value={evidence[f]}
                aria-invalid={err ? true : undefined}
                onChange={(e) => props.onEvidence(f, e.target.value)}
                onBlur={f === 'docDate' ? () => tidyDate(evidence.docDate, props.onEvidence) : undefined}
              />
              {err && <SharedMessage className="field-error" message={err} />}
              <TextLimit
                value={evidence[f]}
                where={where(`evidence.${f}`)}
                refused={guard.refusedAt(`evidence.${f}`)}
              />
            </label>
          );
        })}
      </fieldset>
      <Field
        className="note"
        label={
          <>
            {fieldName('note')} {t('entry.row.noteKeys')}
          </>
        }
      >
        <textarea
          data-nav=""
          name={`${ind.code}-note`}
          lang="vi"
          rows={1}
          value={note}
          onChange={(e) => props.onNote(e.target.value)}
        />
        <TextLimit value={note} where={where('note')} refused={guard.refusedAt('note')} />
      </Field>
      <div className="how">
        <p className="method">
          <strong>{t('entry.row.method')}</strong> <Vi>{methodText(ind)}</Vi>
        </p>
        <p className="explanation" data-testid={`how-${ind.code}`}>
          <SharedMessage message={props.explanation} />
        </p>
        {ind.evidence && (
          <p className="expected">{withNodes(t('entry.row.expected'), { evidence: <Vi>{ind.evidence}</Vi> })}</p>
        )}
      </div>
      <button type="button" className="link" onClick={() => props.onHistory(ind.code)}>
        {t('entry.row.history')}
      </button>
    </div>
  );
}
