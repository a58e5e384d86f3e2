import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RawValue } from '@shared/entry/raw';
import { storageErrorMessage } from '@shared/storage/full';
import type { Indicator } from '@shared/framework/types';
import { scoreIndicator } from '@shared/scoring/score-indicator';
import { verifiedValue } from '@shared/verify/verdict';
import { currentVerdict, VERDICT_LABELS_VI, type Verdict, type VerifiedLayer } from '@shared/verify/types';
import type { VerdictField } from '@shared/verify';
import { db } from '../../db/db';
import { agreeGroupVerdicts, restoreVerdicts, saveVerdict } from '../../db/repositories/verdicts';
import { CommuneFigures } from './commune-figures';
import type { CommuneVerification } from './commune-verification';
import { VerdictEditor, type EditMode } from './verdict-editor';
import { VerifyDetail } from './verify-detail';
import { lineAction, remarkSuggestions } from './verify-keys';
import { VerifyLine } from './verify-line';
import { useSavedOverlay } from './use-saved-overlay';
import './verify-desk.css';

const SKIP_LABELS = {
  decided: 'đã có kết luận',
  stale: 'xã đã sửa, cần xem lại',
  'invalid-self': 'số liệu của xã không hợp lệ',
} as const;

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
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [undo, setUndo] = useState<UndoStep[]>([]);
  const list = useRef<HTMLDivElement>(null);

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
      return { verdict: `Chưa lưu được: ${storageErrorMessage(e)}` };
    }
    if (!r.ok) return r.errors;
    remember([[ind.code, r.layer]]);
    setUndo((u) => [
      ...u.slice(-49),
      { label: `${ind.code} ${VERDICT_LABELS_VI[verdict]}`, previous: [[ind.code, previous]] },
    ]);
    setMessage({ text: `Đã lưu: ${ind.code} ${VERDICT_LABELS_VI[verdict]}.` });
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
    setMessage({ text: `${ind.code}: ${Object.values(errors).join(' ')}`, error: true });
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
      return setMessage({ text: `Nhóm ${groupCode}: chưa lưu được: ${storageErrorMessage(e)}`, error: true });
    }
    const skipped = r.skipped.map((s) => `${s.code} (${SKIP_LABELS[s.reason]})`).join(', ');
    setMessage({
      text: `Nhóm ${groupCode}: đồng ý ${r.agreed.length} chỉ số.${skipped ? ` Bỏ qua ${r.skipped.length}: ${skipped}.` : ''}`,
    });
    if (r.agreed.length > 0)
      setUndo((u) => [
        ...u.slice(-49),
        { label: `Đồng ý cả nhóm ${groupCode}`, previous: r.agreed.map((c) => [c, undefined]) },
      ]);
  };

  const takeBack = async () => {
    const step = undo.at(-1);
    if (!step) return setMessage({ text: 'Không còn gì để hoàn tác.' });
    let restored: string[];
    try {
      restored = await restoreVerdicts(db, assessmentId, step.previous);
    } catch (e) {
      return setMessage({ text: `Chưa hoàn tác được: ${storageErrorMessage(e)}`, error: true });
    }
    remember(step.previous);
    setUndo((u) => u.slice(0, -1));
    setMessage({ text: `Đã hoàn tác: ${step.label}.` });
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
            >
              {message.text}
            </p>
          )}
          {undo.length > 0 && (
            <button type="button" className="link" onClick={() => void takeBack()} data-testid="undo">
              Hoàn tác {undo.at(-1)?.label} (Ctrl+Z)
            </button>
          )}
        </div>
        <div className="vline vhead" aria-hidden="true">
          <span className="c-code">Mã</span>
          <span className="c-name">Chỉ số</span>
          <span className="c-self">Số liệu xã</span>
          <span className="c-pts">Điểm</span>
          <span className="c-ev">Tài liệu KC</span>
          <span className="c-verdict">Kết luận</span>
          <span className="c-pts" title="Điểm thẩm tra">
            Điểm TT
          </span>
          <span className="c-remark">Nhận xét</span>
        </div>
        <div
          ref={list}
          className="verify-lines"
          role="listbox"
          tabIndex={0}
          aria-label="Các chỉ số cần thẩm tra"
          aria-activedescendant={current ? `ind-${current.code}` : undefined}
          data-testid="verify-lines"
          onKeyDown={onKey}
        >
          {groups.map((g) => {
            const gf = figures.groups.find((x) => x.groupCode === g.code);
            return (
              <div key={g.code} role="group" aria-label={`${g.code}. ${g.name}`} className="vgroup">
                <div className="vgroup-head">
                  <span className="vgroup-name">
                    {g.code}. {g.name}
                  </span>
                  {gf && <CommuneFigures d={gf} testId={`group-figures-${g.code}`} compact />}
                  <button
                    type="button"
                    tabIndex={-1}
                    data-testid={`agree-group-${g.code}`}
                    title="Shift+A trên một dòng của nhóm"
                    onClick={() => void agreeGroup(g.code)}
                  >
                    Đồng ý cả nhóm
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
          {shown.length === 0 && <p className="muted">Không có chỉ số nào theo bộ lọc này.</p>}
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
