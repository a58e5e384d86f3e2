import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EVIDENCE_LABELS } from '@shared/entry/field-labels';
import { checkEvidenceDate } from '@shared/entry/dates';
import { parseRaw, type RawField, type RawValue } from '@shared/entry/raw';
import type { Evidence, Period } from '@shared/entry/types';
import type { Indicator, Thresholds } from '@shared/framework/types';
import { formatPoints, formatPointsShort } from '@shared/scoring/format';
import { scoreIndicator } from '@shared/scoring/score-indicator';
import { STATUS_LABELS_EN, statusLabel } from '@shared/scoring/status';
import type { EntryRow, ReceivedRemark } from '../../db/types';
import { entryFieldValues, fieldKey, fieldOfKey, type EntryField } from '../../db/repositories/entries';
import { committed, conflicted, edit, keepMine, reconcile, startSync, takeTheirs, type FieldSync } from './field-sync';
import { RemarkNote } from './remarks-note';
import { ValueInput } from '../../components/value-input';
import { useLengthGuard } from '../../components/text-limit';
import { useFieldName } from '../../components/field-name';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { sharedText } from '../../i18n/shared-text';
import { SharedMessage } from '../../components/shared-message';
import { IndicatorMore } from './indicator-more';

interface Props {
  ind: Indicator;
  entry: EntryRow | undefined;
  thresholds: Thresholds;
  period: Period;
  onSave: (code: string, field: EntryField, value: string, sync?: SaveSync) => void;
  /** A field of this row waits for the officer's choice between two tabs' values (or no longer). */
  onConflict: (code: string, field: EntryField, on: boolean) => void;
  onHistory: (code: string) => void;
  /** The district's remark on this indicator (return for correction), if any. */
  remark?: ReceivedRemark | undefined;
}

/** What the save queue tells the row about its write: the value it was made on, and how it ended. */
export interface SaveSync {
  expected(): string;
  committed(): void;
  /** The database holds `theirs`; answers whether that is a conflict (false when theirs equals the edit). */
  conflicted(theirs: string): boolean;
}

/**
 * One indicator of the form. It keeps what is typed in its own state (so typing repaints only this row) and
 * hands every edit to the save queue; figures shown here follow the typed text at once.
 */
export const IndicatorRow = memo(IndicatorRowView, sameRowProps);

/**
 * A save re-reads every entry, so compare the entry by its last write: only the row whose entry changed (here or
 * in another tab) re-renders, not the other 71.
 */
function sameRowProps(a: Props, b: Props): boolean {
  return (
    a.entry?.updatedAt === b.entry?.updatedAt &&
    a.onConflict === b.onConflict &&
    a.ind === b.ind &&
    a.thresholds === b.thresholds &&
    a.period.year === b.period.year &&
    a.period.kind === b.period.kind &&
    a.onSave === b.onSave &&
    a.onHistory === b.onHistory &&
    // By content: the assessment row (and so the remark object) is re-read on every save.
    a.remark?.remark === b.remark?.remark &&
    a.remark?.verdict === b.remark?.verdict &&
    a.remark?.verifiedValue === b.remark?.verifiedValue
  );
}

function IndicatorRowView({ ind, entry, thresholds, period, onSave, onConflict, onHistory, remark }: Props) {
  // What the row shows, the database value it last agreed with, and conflicts (see field-sync.ts).
  // State for rendering; the ref mirrors it for the save queue, which asks for the base when the write runs.
  const [shown, setShown] = useState<FieldSync>(() => startSync(entryFieldValues(entry)));
  const sync = useRef(shown);
  const apply = useCallback((change: (s: FieldSync) => FieldSync) => {
    sync.current = change(sync.current);
    setShown(sync.current);
  }, []);
  useEffect(() => apply((s) => reconcile(s, entryFieldValues(entry))), [apply, entry]);

  // Evidence, giải trình, the method and the history stay folded until used (a mark says when they hold something).
  const [open, setOpen] = useState(false);
  const t = useT();
  const fieldName = useFieldName();
  const lang = useAppStore((s) => s.language);
  const english = lang === 'en';

  const local = shown.local;
  const raw = useMemo(() => {
    const r: RawValue = {};
    for (const [k, v] of Object.entries(local)) if (k.startsWith('raw.')) r[k.slice(4) as RawField] = v;
    return r;
  }, [local]);
  const evidence: Evidence = {
    docNumber: local['evidence.docNumber'] ?? '',
    docDate: local['evidence.docDate'] ?? '',
    summary: local['evidence.summary'] ?? '',
    link: local['evidence.link'] ?? '',
  };
  const note = local.note ?? '';

  const save = (field: EntryField, value: string) => {
    const key = fieldKey(field);
    apply((s) => edit(s, key, value));
    onSave(ind.code, field, value, {
      expected: () => sync.current.base[key] ?? '',
      committed: () => apply((s) => committed(s, key, value)),
      conflicted: (theirs) => {
        apply((s) => conflicted(s, key, theirs));
        return key in sync.current.conflicts;
      },
    });
  };

  const parsed = useMemo(() => parseRaw(ind, raw), [ind, raw]);
  const score = useMemo(() => scoreIndicator(ind, parsed.value, thresholds), [ind, parsed.value, thresholds]);
  const dateError = checkEvidenceDate(evidence.docDate, period);

  const guard = useLengthGuard();
  const where = (key: string) => t('entry.row.where', { code: ind.code, field: fieldName(key) });
  const setRawField = (field: RawField, value: string) => save({ kind: 'raw', name: field }, value);
  const setEvidenceField = (field: keyof Evidence, value: string) => {
    if (guard.accept(`evidence.${field}`, where(`evidence.${field}`), evidence[field], value))
      save({ kind: 'evidence', name: field }, value);
  };
  const setNote = (value: string) => {
    if (guard.accept('note', where('note'), note, value)) save({ kind: 'note' }, value);
  };
  const conflicts = Object.entries(shown.conflicts);

  const state = (parsed.touched && !parsed.value) || score.state === 'invalid' ? 'invalid' : score.status;
  const evidenceCount = (Object.keys(EVIDENCE_LABELS) as (keyof Evidence)[]).filter(
    (f) => evidence[f].trim() !== '',
  ).length;
  const hasNote = note.trim() !== '';
  const panelId = `more-${ind.code}`;
  return (
    <article className="indicator" id={`ind-${ind.code}`} data-code={ind.code} data-status={state}>
      <form className="indicator-form" onSubmit={(e) => e.preventDefault()}>
        <span className="code">{ind.code}</span>
        <div className="ind-text">
          <h4 className="name" title={ind.name} lang="vi">
            {ind.name}
          </h4>
          <p className="ind-meta">
            <span title={t('entry.row.unit')}>
              <Vi>{ind.unit}</Vi>
            </span>{' '}
            ·{' '}
            <span title={t('entry.row.maxTitle')}>{t('entry.row.max', { max: formatPointsShort(ind.maxPoints) })}</span>{' '}
            ·{' '}
            <button
              type="button"
              className="link fold-toggle"
              aria-expanded={open}
              aria-controls={panelId}
              data-testid={`more-${ind.code}`}
              onClick={(e) => {
                setOpen(!open);
                // Opened to be used: the first evidence field takes the focus, unless the officer has already
                // moved on (clicked or tabbed into another field) by the time it is shown.
                const toggle = e.currentTarget;
                if (!open)
                  requestAnimationFrame(() => {
                    const still = document.activeElement === toggle || document.activeElement === document.body;
                    if (still) document.getElementsByName(`${ind.code}-docNumber`)[0]?.focus();
                  });
              }}
            >
              {open ? '▾' : '▸'} {t('entry.row.fold')}
            </button>
            <span className="marks" data-testid={`marks-${ind.code}`}>
              {evidenceCount > 0 && (
                <span className="mark" title={t('entry.row.evidenceMarkTitle', { count: evidenceCount })}>
                  {t('entry.row.evidenceMark', { count: evidenceCount })}
                </span>
              )}
              {hasNote && (
                <span className="mark" title={t('entry.row.noteMarkTitle')}>
                  {t('entry.row.noteMark')}
                </span>
              )}
              {dateError && (
                <span className="mark bad" title={sharedText(dateError, lang)}>
                  {t('entry.row.dateMark')}
                </span>
              )}
            </span>
          </p>
        </div>
        <div className="ind-input">
          <ValueInput ind={ind} raw={raw} errors={parsed.errors} onChange={setRawField} />
        </div>
        <div className="result">
          <span className="points" data-testid={`points-${ind.code}`}>
            {parsed.value ? formatPoints(score.points) : '—'}
          </span>
          <span
            className={`status status-${score.state === 'invalid' ? 'review' : score.status}`}
            data-testid={`status-${ind.code}`}
          >
            {score.state === 'invalid'
              ? t('entry.row.review')
              : english
                ? STATUS_LABELS_EN[score.status]
                : statusLabel(score)}
          </span>
        </div>
        {remark && (
          <div className="ind-wide">
            <RemarkNote remark={remark} code={ind.code} />
          </div>
        )}
        <div className="ind-wide">
          {conflicts.map(([key, theirs]) => (
            <div className="conflict" role="alert" key={key} data-testid={`conflict-${ind.code}`} data-field={key}>
              <p>
                {withNodes(t('entry.conflict', { field: fieldName(key) }), {
                  theirs: theirs ? <Vi>{theirs}</Vi> : t('entry.empty'),
                  mine: local[key] ? <Vi>{local[key]}</Vi> : t('entry.empty'),
                })}
              </p>
              <button
                type="button"
                onClick={() => {
                  apply((s) => takeTheirs(s, key));
                  onConflict(ind.code, fieldOfKey(key), false);
                }}
              >
                {t('entry.conflict.theirs')}
              </button>{' '}
              <button
                type="button"
                onClick={() => {
                  apply((s) => keepMine(s, key));
                  onConflict(ind.code, fieldOfKey(key), false);
                  save(fieldOfKey(key), local[key] ?? '');
                }}
              >
                {t('entry.conflict.mine')}
              </button>
            </div>
          ))}
        </div>
        {score.warnings.length > 0 && parsed.value && (
          <ul className="warnings ind-wide" data-testid={`warnings-${ind.code}`}>
            {score.warnings.map((w) => (
              <li key={w}>
                <SharedMessage message={w} />
              </li>
            ))}
          </ul>
        )}
        {open && (
          <IndicatorMore
            id={panelId}
            ind={ind}
            evidence={evidence}
            note={note}
            dateError={dateError}
            explanation={score.explanation}
            where={where}
            guard={guard}
            onEvidence={setEvidenceField}
            onNote={setNote}
            onHistory={onHistory}
          />
        )}
      </form>
    </article>
  );
}
