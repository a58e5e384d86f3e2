import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { GeneralInfo } from '@shared/entry/types';
import { db } from '../../db/db';
import { saveInfoField } from '../../db/repositories/assessments';
import { EditConflictError, fieldKey, saveEntryField, type EntryField } from '../../db/repositories/entries';
import { confirmLeave, registerLeaveGuard } from '../../components/leave-guard';
import { FormPrintView } from '../../components/print/form-print-view';
import { usePeriodText } from '../../components/period-text';
import { translate, useT } from '../../i18n';
import { useAppStore } from '../../store';
import { ExportButton } from './export-button';
import { FilterBar } from './filter-bar';
import { filterIndicators, nextUnfilled } from './filter';
import { GroupNav } from './group-nav';
import { HistoryDialog } from './history-dialog';
import { IndicatorRow, type SaveSync } from './indicator-row';
import { InfoBlock } from './info-block';
import { RemarksBanner, RemarksImportButton } from './remarks-panel';
import { focusIndicator, handleFormKeys, pickedWithPointer, typingInFocus } from '../../components/keyboard';
import { SaveIndicator } from './save-indicator';
import { SaveQueue, describeSaveError } from '../../exchange/save-queue';
import { SummaryPanel } from './summary-panel';
import { useAssessment } from './use-assessment';

/** The assessment form: Thông tin chung, the 8 groups of indicators, the navigator and the summary. */
export function EntryPage({ assessmentId }: { assessmentId: string }) {
  const view = useAssessment(assessmentId);
  const t = useT();
  const periodText = usePeriodText();
  const filter = useAppStore((s) => s.filter);
  const historyCode = useAppStore((s) => s.historyCode);
  const showHistory = useAppStore((s) => s.showHistory);
  const openAssessment = useAppStore((s) => s.openAssessment);
  // The page is keyed by assessment, so one queue lives exactly as long as the open form.
  const [queue] = useState(() => new SaveQueue(describeSaveError));
  const [printing, setPrinting] = useState(false);
  const page = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLElement>(null);
  // Below the head: what its buttons have to say (head-notice.tsx).
  const [notices, setNotices] = useState<HTMLDivElement | null>(null);
  const loaded = view !== undefined && view !== null;

  // The sticky head's height, for what sticks below it (filter bar, group navigator): measured, as it wraps.
  useLayoutEffect(() => {
    const h = head.current;
    const root = page.current;
    if (!h || !root) return;
    const set = () => root.style.setProperty('--head-h', `${Math.ceil(h.getBoundingClientRect().height)}px`);
    set();
    const ro = new ResizeObserver(set);
    ro.observe(h);
    return () => ro.disconnect();
  }, [loaded]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      queue.release(); // a typed edit still waiting for a pause in typing is written now
      if (queue.hasPending || queue.hasUnsaved) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    // A typed edit waits for a pause in typing; leaving its field, the page or the form writes it at once.
    const release = () => queue.release();
    document.addEventListener('focusout', release);
    window.addEventListener('pagehide', release);
    // Writes still running finish on their own after the form closes; a failed one or an open conflict would not.
    const unguard = registerLeaveGuard(() =>
      queue.hasUnsaved ? translate(useAppStore.getState().language, 'entry.leave.unsaved') : null,
    );
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('focusout', release);
      window.removeEventListener('pagehide', release);
      release();
      unguard();
    };
  }, [queue]);
  const leave = () => {
    if (confirmLeave()) openAssessment(null);
  };

  const onSave = useCallback(
    (code: string, field: EntryField, value: string, sync?: SaveSync) => {
      const key = `${code}|${fieldKey(field)}`;
      queue.enqueue(
        key,
        async () => {
          try {
            const at = await saveEntryField(db, assessmentId, code, field, value, sync?.expected());
            sync?.committed();
            queue.setConflict(key, false);
            return at;
          } catch (e) {
            // Another tab saved this field since: nothing was overwritten; the row shows both values to choose.
            if (!(e instanceof EditConflictError) || !sync) throw e;
            queue.setConflict(key, sync.conflicted(e.current));
            return Date.now();
          }
        },
        typingInFocus(),
      );
    },
    [queue, assessmentId],
  );
  const onConflict = useCallback(
    (code: string, field: EntryField, on: boolean) => queue.setConflict(`${code}|${fieldKey(field)}`, on),
    [queue],
  );
  const onInfo = useCallback(
    (field: keyof GeneralInfo, value: string) =>
      queue.enqueue(`info|${field}`, () => saveInfoField(db, assessmentId, field, value), typingInFocus()),
    [queue, assessmentId],
  );

  if (view === undefined) return <p className="loading">{t('entry.opening')}</p>;
  if (view === null) {
    return (
      <div role="alert">
        <p>{t('entry.notFound')}</p>
        <button type="button" onClick={() => openAssessment(null)}>
          {t('entry.back')}
        </button>
      </div>
    );
  }

  const { framework: fw, evaluation, assessment } = view;
  const agg = evaluation.aggregate;
  const visible = new Set(filterIndicators(fw, agg.scores, filter).map((i) => i.code));
  const goNextUnfilled = () => {
    const active = document.activeElement?.closest('[data-code]')?.getAttribute('data-code') ?? null;
    const code = nextUnfilled(fw.indicators, agg.scores, active);
    if (code) focusIndicator(code);
  };
  // A commune's file held at the district is the commune's own statement: it is read here, verified in Thẩm tra.
  const readOnly = Boolean(assessment.imported);
  const historyTitle = historyCode
    ? `${historyCode} ${fw.indicators.find((i) => i.code === historyCode)?.name ?? ''}`
    : '';

  return (
    <div
      className="entry-page"
      ref={page}
      onKeyDown={(e) => {
        pickedWithPointer.onKeyDown(e);
        handleFormKeys(e, goNextUnfilled);
      }}
      onPointerDown={pickedWithPointer.onPointerDown}
      onChange={(e) => pickedWithPointer.onChange(e, e.currentTarget)}
    >
      <header className="entry-head" ref={head}>
        <button type="button" className="back" onClick={leave}>
          {t('entry.back')}
        </button>
        <div>
          <h2 data-testid="entry-title">
            <span lang="vi">{view.unit?.name ?? assessment.unitCode}</span> — {periodText(assessment.period)}
          </h2>
          <p className="framework-note">
            <span lang="vi">{fw.title}</span> {t('entry.version', { version: fw.version })} ·{' '}
            <strong lang="vi">{fw.sourceNote}</strong>
          </p>
        </div>
        <div className="entry-actions">
          <button
            type="button"
            onClick={() => {
              // What was typed a moment ago is printed too: the print view reads after the pending saves.
              void queue.flush().finally(() => setPrinting(true));
            }}
          >
            {t('comp.print.print')}
          </button>
          {readOnly ? (
            <span className="badge" data-testid="read-only">
              {t('entry.readOnly', { revision: assessment.imported?.revision ?? '' })}
            </span>
          ) : (
            <>
              <SaveIndicator queue={queue} />
              <ExportButton
                assessment={assessment}
                queue={queue}
                mail={{
                  unitName: view.unit?.name ?? assessment.unitCode,
                  period: assessment.period,
                  completed: agg.completed,
                  total: agg.total,
                  points: agg.points,
                  maxPoints: agg.maxPoints,
                  contact: {
                    name: assessment.info.contactName,
                    position: assessment.info.contactPosition,
                    phone: assessment.info.contactPhone,
                    email: assessment.info.contactEmail,
                  },
                }}
                notices={notices}
              />
              {/* Remarks come back only to a commune, on its own form. */}
              {fw.level === 'commune' && <RemarksImportButton assessmentId={assessmentId} notices={notices} />}
            </>
          )}
        </div>
      </header>
      <div className="entry-notices" ref={setNotices} />
      <div className="entry-layout">
        <aside className="entry-aside">
          <GroupNav agg={agg} />
        </aside>
        <div className="entry-main">
          {assessment.remarks && assessment.remarks.items.length > 0 && (
            <RemarksBanner remarks={assessment.remarks} fw={fw} />
          )}
          <fieldset className="plain" disabled={readOnly}>
            <InfoBlock info={assessment.info} onSave={onInfo} />
          </fieldset>
          <FilterBar
            groups={fw.groups}
            shown={visible.size}
            total={fw.indicators.length}
            onNextUnfilled={goNextUnfilled}
          />
          <h3 className="section-title">{t('entry.sectionB')}</h3>
          <fieldset className="plain" disabled={readOnly}>
            {agg.groups.map((g) => (
              <section
                key={g.group.code}
                id={`group-${g.group.code}`}
                className="group"
                hidden={!fw.indicators.some((i) => i.groupCode === g.group.code && visible.has(i.code))}
              >
                <h3 className="group-title">
                  {g.group.code}. <span lang="vi">{g.group.name}</span> ({g.group.maxPoints})
                  <span className="group-figures" data-testid={`group-ratio-${g.group.code}`}>
                    {t('entry.group.ratio', { completed: g.completed, total: g.total })}
                  </span>
                </h3>
                {fw.indicators
                  .filter((i) => i.groupCode === g.group.code)
                  .map((ind) => (
                    <div key={ind.code} hidden={!visible.has(ind.code)}>
                      <IndicatorRow
                        ind={ind}
                        entry={view.entries.get(ind.code)}
                        thresholds={fw.thresholds}
                        period={assessment.period}
                        onSave={onSave}
                        onConflict={onConflict}
                        onHistory={showHistory}
                        remark={assessment.remarks?.items.find((r) => r.code === ind.code)}
                      />
                    </div>
                  ))}
              </section>
            ))}
          </fieldset>
          <SummaryPanel agg={agg} />
        </div>
      </div>
      {printing && <FormPrintView assessmentId={assessmentId} onClose={() => setPrinting(false)} />}
      {historyCode && (
        <HistoryDialog
          assessmentId={assessmentId}
          code={historyCode}
          title={historyTitle}
          onClose={() => showHistory(null)}
        />
      )}
    </div>
  );
}
