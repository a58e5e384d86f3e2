import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RawValue } from '@shared/entry/raw';
import { storageErrorMessage } from '@shared/storage/full';
import type { Indicator } from '@shared/framework/types';
import { scoreIndicator } from '@shared/scoring/score-indicator';
import { verifiedValue } from '@shared/verify/verdict';
import { currentVerdict, type Verdict, type VerifiedLayer } from '@shared/verify/types';
import type { VerdictField } from '@shared/verify';
import { db } from '../../db/db';
import { useT } from '../../i18n';
import { agreeGroupVerdicts, restoreVerdicts, saveVerdict } from '../../db/repositories/verdicts';
import { CommuneFigures } from './commune-figures';
import type { CommuneVerification } from './commune-verification';
import { VerdictEditor, type EditMode } from './verdict-editor';
import { verdictError } from './verdict-errors';
import { useAppStore } from '../../store';
import { VerifyDetail } from './verify-detail';
import { lineAction, remarkSuggestions } from './verify-keys';
import { VerifyLine } from './verify-line';
import { useSavedOverlay } from './use-saved-overlay';
import './verify-desk.css';

/** The time a verdict is given (ms since epoch). */
const stamp = (): number => Date.now();

/** One step that Ctrl+Z takes back: the layers the indicators had before it. */
interface UndoStep {
  label: string;
  previous: [string, VerifiedLayer | undefined][];
}

interface Props {
  view: CommuneVerification;
  /** The indicators the filter lets through, in framework order. */
  shown: Indicator[];
  assessmentId: string;
  verifier: string;
}

/**
 * The dense verification desk: one line per indicator, the selected line's details in a side panel, verdicts
 * given from the keyboard (A, D, B, Shift+A, Enter, ↑/↓, J/K, Ctrl+Z) or the panel's buttons. A verdict is saved
 * the moment it is given; the line is drawn from the stored row, so what shows is what was committed.
 */
export function VerifyDesk({ view, shown, assessmentId, verifier }: Props) {
  const { framework: fw, entries, figures } = view;
  const { entryOf, remember } = useSavedOverlay(entries);
  const firstOpen = shown.find((i) => !currentVerdict(entries.get(i.code)?.verified)) ?? shown[0];
  const [selected, setSelected] = useState<string | null>(firstOpen?.code ?? null);
  const [editing, setEditing] = useState<{ code: string; mode: EditMode } | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean; vi?: boolean } | null>(null);
  const [undo, setUndo] = useState<UndoStep[]>([]);
  const list = useRef<HTMLDivElement>(null);
  const t = useT();
  const lang = useAppStore((s) => s.language);
  const verdictName = (v: Verdict) => t(`verify.verdict.${v}`);

  const current = shown.find((i) => i.code === selected) ?? shown[0];
  const codes = shown.map((i) => i.code);

  useEffect(() => {
    list.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    if (current) document.getElementById(`ind-${current.code}`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const after = (code: string, step: 1 | -1 = 1): string | undefined => {
    const i = codes.indexOf(code);
    return codes[Math.min(codes.length - 1, Math.max(0, i + step))];
  };
  const focusList = () => list.current?.focus({ preventScroll: true });

  const give = async (
    ind: Indicator,
    verdict: Verdict,
    input: { raw?: RawValue; remark?: string } = {},
  ): Promise<Partial<Record<VerdictField, string>> | null> => {
    const previous = entryOf(ind.code)?.verified;
    let r: Awaited<ReturnType<typeof saveVerdict>>;
    try {
      r = await saveVerdict(db, assessmentId, ind.code, { verdict, ...input, at: stamp(), verifier }, fw);
    } catch (e) {
      return { verdict: t('verify.msg.notSaved', { reason: storageErrorMessage(e) }) };
    }
    if (!r.ok) return r.errors;
    remember([[ind.code, r.layer]]);
    setUndo((u) => [
      ...u.slice(-49),
      { label: `${ind.code} ${verdictName(verdict)}`, previous: [[ind.code, previous]] },
    ]);
    setMessage({ text: t('verify.msg.saved', { code: ind.code, verdict: verdictName(verdict) }) });
    setEditing(null);
    setSelected(after(ind.code) ?? ind.code);
    focusList();
    return null;
  };

  const agree = async (ind: Indicator) => {
    // On to the next line at once, so a quick second A lands on it; back if the verdict is refused.
    setSelected(after(ind.code) ?? ind.code);
    const errors = await give(ind, 'agree');
    if (!errors) return;
    setSelected(ind.code);
    const said = Object.values(errors).map((e) => verdictError(lang, e));
    setMessage({ text: `${ind.code}: ${said.map((e) => e.text).join(' ')}`, error: true, vi: said.some((e) => e.vi) });
  };

  const agreeGroup = async (groupCode: number) => {
    // On to the first line still open in a later group (what the verifier does next), at once.
    const next = shown.find((i) => i.groupCode > groupCode && !currentVerdict(entryOf(i.code)?.verified));
    if (next) setSelected(next.code);
    setEditing(null);
    focusList();
    let r: Awaited<ReturnType<typeof agreeGroupVerdicts>>;
    try {
      r = await agreeGroupVerdicts(db, assessmentId, groupCode, { verifier });
    } catch (e) {
      return setMessage({
        text: t('verify.msg.groupNotSaved', { group: groupCode, reason: storageErrorMessage(e) }),
        error: true,
      });
    }
    const skipped = r.skipped.map((s) => `${s.code} (${t(`verify.skip.${s.reason}`)})`).join(', ');
    setMessage({
      text:
        t('verify.msg.groupAgreed', { group: groupCode, n: r.agreed.length }) +
        (skipped ? t('verify.msg.groupSkipped', { n: r.skipped.length, list: skipped }) : ''),
    });
    if (r.agreed.length > 0)
      setUndo((u) => [
        ...u.slice(-49),
        { label: t('verify.msg.groupUndo', { group: groupCode }), previous: r.agreed.map((c) => [c, undefined]) },
      ]);
  };

  const takeBack = async () => {
    const step = undo.at(-1);
    if (!step) return setMessage({ text: t('verify.msg.nothingToUndo') });
    let restored: string[];
    try {
      restored = await restoreVerdicts(db, assessmentId, step.previous);
    } catch (e) {
      return setMessage({ text: t('verify.msg.undoFailed', { reason: storageErrorMessage(e) }), error: true });
    }
    remember(step.previous);
    setUndo((u) => u.slice(0, -1));
    setMessage({ text: t('verify.msg.undone', { label: step.label }) });
    if (restored[0]) setSelected(restored[0]);
    focusList();
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || !current) return;
    const action = lineAction(e.nativeEvent);
    if (!action) return;
    e.preventDefault();
    switch (action) {
      case 'next':
      case 'enter':
        return setSelected(after(current.code) ?? current.code);
      case 'prev':
        return setSelected(after(current.code, -1) ?? current.code);
      case 'agree':
        return void agree(current);
      case 'adjust':
      case 'request':
        return setEditing({ code: current.code, mode: action });
      case 'agree-group':
        return void agreeGroup(current.groupCode);
      case 'undo':
        return void takeBack();
    }
  };

  const editingCode = editing?.code ?? null;
  const onSelect = useCallback(
    (code: string) => {
      setSelected(code);
      if (code === editingCode) return;
      setEditing(null);
      list.current?.focus({ preventScroll: true });
    },
    [editingCode],
  );

  const written = [...entries.values()].flatMap((e) => (e.verified ? [e.verified] : []));
  const groups = fw.groups.filter((g) => shown.some((i) => i.groupCode === g.code));

  return (
    <div className="verify-desk">
      <div className="desk-main">
        <div className="desk-status" aria-live="polite">
          {message && (
            <p
              className={message.error ? 'form-error' : 'form-ok'}
              role={message.error ? 'alert' : 'status'}
              data-testid="group-message"
              lang={message.vi ? 'vi' : undefined}
            >
              {message.text}
            </p>
          )}
          {undo.length > 0 && (
            <button type="button" className="link" onClick={() => void takeBack()} data-testid="undo">
              {t('verify.undo', { label: undo.at(-1)?.label ?? '' })}
            </button>
          )}
        </div>
        <div className="vline vhead" aria-hidden="true">
          <span className="c-code">{t('verify.col.code')}</span>
          <span className="c-name">{t('verify.col.name')}</span>
          <span className="c-self">{t('verify.col.self')}</span>
          <span className="c-pts">{t('verify.col.points')}</span>
          <span className="c-ev">{t('verify.col.evidence')}</span>
          <span className="c-verdict">{t('verify.col.verdict')}</span>
          <span className="c-pts" title={t('verify.col.verifiedTitle')}>
            {t('verify.col.verified')}
          </span>
          <span className="c-remark">{t('verify.col.remark')}</span>
        </div>
        <div
          ref={list}
          className="verify-lines"
          role="listbox"
          tabIndex={0}
          aria-label={t('verify.lines')}
          aria-activedescendant={current ? `ind-${current.code}` : undefined}
          data-testid="verify-lines"
          onKeyDown={onKey}
        >
          {groups.map((g) => {
            const gf = figures.groups.find((x) => x.groupCode === g.code);
            return (
              <div key={g.code} role="group" aria-labelledby={`vgroup-${g.code}`} className="vgroup">
                <div className="vgroup-head">
                  <span className="vgroup-name" id={`vgroup-${g.code}`} lang="vi">
                    {g.code}. {g.name}
                  </span>
                  {gf && <CommuneFigures d={gf} testId={`group-figures-${g.code}`} compact />}
                  <button
                    type="button"
                    tabIndex={-1}
                    data-testid={`agree-group-${g.code}`}
                    title={t('verify.agreeGroupTitle')}
                    onClick={() => void agreeGroup(g.code)}
                  >
                    {t('verify.agreeGroup')}
                  </button>
                </div>
                {shown
                  .filter((i) => i.groupCode === g.code)
                  .map((ind) => {
                    const entry = entryOf(ind.code);
                    const self = view.evaluation.aggregate.scores.get(ind.code);
                    const layer = entry?.verified;
                    const decided = Boolean(currentVerdict(layer));
                    const verifiedPoints =
                      layer === entries.get(ind.code)?.verified
                        ? (figures.verified.scores.get(ind.code)?.points ?? null)
                        : scoreIndicator(ind, verifiedValue(ind, layer), fw.thresholds).points;
                    return (
                      <div key={ind.code} className="vline-wrap">
                        <VerifyLine
                          ind={ind}
                          entry={entry}
                          selfPoints={self && self.state === 'scored' ? self.points : null}
                          selfReview={self?.state === 'invalid' ? (self.warnings[0] ?? '') : null}
                          verifiedPoints={decided ? verifiedPoints : null}
                          selected={ind.code === current?.code}
                          onSelect={onSelect}
                        />
                        {editing?.code === ind.code && (
                          <VerdictEditor
                            key={`${ind.code}:${editing.mode}`}
                            ind={ind}
                            mode={editing.mode}
                            selfRaw={entry?.raw ?? {}}
                            remark={entry?.verified?.verdict === editing.mode ? entry.verified.remark : ''}
                            suggestions={remarkSuggestions(editing.mode, written)}
                            onSave={(raw, remark) => give(ind, editing.mode, { raw, remark })}
                            onCancel={() => {
                              setEditing(null);
                              focusList();
                            }}
                          />
                        )}
                      </div>
                    );
                  })}
              </div>
            );
          })}
          {shown.length === 0 && <p className="muted">{t('verify.noneShown')}</p>}
        </div>
      </div>
      {current && (
        <VerifyDetail
          ind={current}
          entry={entryOf(current.code)}
          assessmentId={assessmentId}
          thresholds={fw.thresholds}
          onAgree={() => void agree(current)}
          onEdit={(mode) => setEditing({ code: current.code, mode })}
          onAgreeGroup={() => void agreeGroup(current.groupCode)}
        />
      )}
    </div>
  );
}
